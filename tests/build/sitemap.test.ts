import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageTag, locales } from '../../src/i18n/locales.ts';
import { htmlFiles, readPage } from '../support/dist.ts';

/** `npm run build:subpath` sets SITE_URL=https://example.org; `npm run build` sets none. */
const site = 'https://example.org';
const dir = 'dist-subpath';
const base = '/policy-atlas/';

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** The sitemap's entries: loc → alternates (hreflang → href). */
function readSitemap(path: string): Map<string, Map<string, string>> {
  const xml = readFileSync(path, 'utf8');
  const entries = new Map<string, Map<string, string>>();
  for (const [, loc, links] of xml.matchAll(/<url>\s*<loc>([^<]*)<\/loc>((?:\s*<xhtml:link [^>]*\/>)*)\s*<\/url>/g)) {
    const alternates = new Map([...links!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => [lang!, unescape(href!)]));
    entries.set(unescape(loc!), alternates);
  }
  expect(entries.size, 'every <url> element parsed').toBe(xml.split('<url>').length - 1);
  return entries;
}

describe(`${dir}/sitemap.xml (SITE_URL=${site})`, () => {
  const path = `${dir}/sitemap.xml`;

  it('is at the build root with the sitemap and xhtml namespaces', () => {
    expect(existsSync(path), `${path} is missing: build with npm run build:subpath (which sets SITE_URL)`).toBe(true);
    const xml = readFileSync(path, 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists every HTML page except 404, each once, as an absolute URL under the base', () => {
    const pages = htmlFiles(dir)
      .filter((f) => f !== '404.html')
      .map((f) => `${site}${base}${f.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(pages.length).toBeGreaterThan(80);
    expect([...readSitemap(path).keys()].sort()).toEqual(pages.sort());
  });

  it('gives every page its language versions (xhtml:link hreflang), the same absolute URLs as its <head> declares', () => {
    const entries = readSitemap(path);
    for (const [loc, alternates] of entries) {
      const file = `${loc.slice(site.length + base.length)}index.html`;
      // With SITE_URL the pages' own alternates are fully qualified too (Google's hreflang rules).
      const head = new Map(readPage(dir, file).querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
      expect(alternates, loc).toEqual(head);
      expect([...alternates.keys()].sort(), loc).toEqual([...locales.map((l) => languageTag[l]), 'x-default'].sort());
      for (const href of alternates.values()) expect(entries.has(href), `${loc}: alternate ${href} is not itself in the sitemap`).toBe(true);
      // A localized page lists itself among its alternates, as the hreflang rules ask.
      if (file !== 'index.html') expect([...alternates.values()], loc).toContain(loc);
    }
  });
});

it('dist/ (built without SITE_URL) has no sitemap.xml, because sitemap URLs must be absolute', () => {
  expect(existsSync('dist/sitemap.xml'), 'dist/ was built with SITE_URL set; npm test builds dist/ without it (unset SITE_URL and run npm run build)').toBe(false);
});
