import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** A built page: its URL path (base included) and the hreflang alternates in its <head>. */
export interface BuiltPage {
  path: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * Every HTML page in a build folder except 404.html, which answers unknown addresses and
 * is not a page to index. Alternates are read from each page's own
 * `<link rel="alternate" hreflang>` tags, so the sitemap cannot disagree with the pages.
 */
export function collectPages(outDir: string, base: string): BuiltPage[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(outDir, path).split(sep).join('/'));
    }
  };
  walk(outDir);
  return files
    .filter((file) => file !== '404.html')
    .sort()
    .map((file) => {
      const head = parse(readFileSync(join(outDir, file), 'utf8')).querySelector('head');
      const alternates = (head?.querySelectorAll('link[rel=alternate][hreflang]') ?? []).map((link) => ({
        hreflang: link.getAttribute('hreflang')!,
        href: link.getAttribute('href')!,
      }));
      return { path: base + file.replace(/(^|\/)index\.html$/, '$1'), alternates };
    });
}
