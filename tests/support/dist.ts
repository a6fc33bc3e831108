import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Built site folders: `dist` (root) and `dist-subpath` (BASE_PATH=/policy-atlas/). */
export const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: '/policy-atlas/' },
] as const;

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function readPage(dir: string, file: string): HTMLElement {
  return parse(readFileSync(join(dir, file), 'utf8'));
}
