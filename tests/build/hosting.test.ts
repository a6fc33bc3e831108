import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builds, htmlFiles, readPage } from '../support/dist.ts';

/** Attributes that make the browser fetch something when the page loads. */
const fetching = ['script[src]', 'link[href]:not([rel=alternate])', 'img[src]', 'iframe[src]', 'source[src]', 'video[src]', 'audio[src]', 'embed[src]', 'object[data]'];

const idCache = new Map<string, Set<string>>();
/** Ids of a built page, read once. */
function pageIds(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) idCache.set(path, (ids = new Set([...readFileSync(path, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
  return ids;
}

describe.each(builds)('$dir (base $base)', ({ dir, base }) => {
  const files = htmlFiles(dir);

  it('was built', () => expect(files.length).toBeGreaterThan(20));

  it('loads nothing from another origin: no third-party requests', () => {
    for (const file of files) {
      const page = readPage(dir, file);
      for (const el of page.querySelectorAll(fetching.join(','))) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
        expect(url, `${file}: ${el.outerHTML}`).not.toMatch(/^(https?:)?\/\//);
      }
      expect(page.querySelectorAll('[style]'), file).toHaveLength(0);
      // Inline executable scripts would need 'unsafe-inline' under CSP; a JSON data block
      // (type="application/json") is never executed, so it is allowed.
      const inline = page.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/json');
      expect(inline, `${file}: inline script`).toHaveLength(0);
    }
  });

  it('keeps every root-absolute link inside the base, and every internal link resolves', () => {
    for (const file of files) {
      for (const el of readPage(dir, file).querySelectorAll('[href],[src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        expect(url.startsWith(base), `${file}: ${url} escapes ${base}`).toBe(true);
        const [path = '', fragment] = url.slice(base.length).split('#');
        const target = `${dir}/${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`;
        expect(existsSync(target), `${file}: ${url} → ${target}`).toBe(true);
        if (fragment) expect(pageIds(target).has(fragment), `${file}: ${url} → no #${fragment} in ${target}`).toBe(true);
      }
    }
  });

  it('resolves every fragment link (#p-…, #a-…) within its page', () => {
    for (const file of files) {
      const page = readPage(dir, file);
      for (const a of page.querySelectorAll('a[href^="#"]')) {
        const id = a.getAttribute('href')!.slice(1);
        expect(page.querySelector(`[id="${id}"]`), `${file}: #${id}`).not.toBeNull();
      }
    }
  });
});
