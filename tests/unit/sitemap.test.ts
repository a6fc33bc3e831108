import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSite } from '../../src/config/resolveSite.ts';
import { collectPages } from '../../src/sitemap/collectPages.ts';
import { sitemapXml } from '../../src/sitemap/sitemapXml.ts';

describe('SITE_URL', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('%s → %s', (raw, site) => expect(resolveSite(raw)).toBe(site));

  it.each([
    ['example.org', /not a URL/],
    ['ftp://example.org', /https:\/\//],
    ['https://example.org/policy-atlas/', /BASE_PATH/],
    ['https://example.org/?x=1', /origin only/],
  ])('rejects %s, saying what to write instead', (raw, message) => expect(() => resolveSite(raw)).toThrow(message));
});

describe('sitemapXml', () => {
  it('writes one <url> per page with every language version as xhtml:link', () => {
    const xml = sitemapXml([{ loc: 'https://example.org/en/', alternates: [{ hreflang: 'en', href: 'https://example.org/en/' }, { hreflang: 'zh-Hans', href: 'https://example.org/zh-hans/' }] }]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url>',
        '    <loc>https://example.org/en/</loc>',
        '    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>',
        '    <xhtml:link rel="alternate" hreflang="zh-Hans" href="https://example.org/zh-hans/"/>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes XML special characters in URLs', () => {
    const xml = sitemapXml([{ loc: 'https://example.org/?a=1&b=<2>', alternates: [{ hreflang: 'en', href: `https://example.org/"x'` }] }]);
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
    expect(xml).toContain('href="https://example.org/&quot;x&apos;"');
  });

  it('refuses more URLs than one sitemap file may hold', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://example.org/${i}/`, alternates: [] }));
    expect(() => sitemapXml(many)).toThrow(/sitemap index/);
  });
});

describe('collectPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (file: string, head: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html><head>${head}</head><body></body></html>`);
  };

  it('lists every HTML page but 404.html, with the alternates its <head> declares', () => {
    page('index.html', '<link rel="alternate" hreflang="en" href="/base/en/">');
    page('en/index.html', '<link rel="alternate" hreflang="en" href="/base/en/"><link rel="alternate" hreflang="zh-Hans" href="/base/zh-hans/"><link rel="icon" href="/base/favicon.svg">');
    page('en/about/index.html', '');
    page('404.html', '<link rel="alternate" hreflang="en" href="/base/en/">');
    writeFileSync(join(dir, 'data.json'), '{}');
    expect(collectPages(dir, '/base/')).toEqual([
      { path: '/base/en/about/', alternates: [] },
      {
        path: '/base/en/',
        alternates: [
          { hreflang: 'en', href: '/base/en/' },
          { hreflang: 'zh-Hans', href: '/base/zh-hans/' },
        ],
      },
      { path: '/base/', alternates: [{ hreflang: 'en', href: '/base/en/' }] },
    ]);
  });
});
