import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// The build test reads the sitemap with patterns; a real XML parser proves it well-formed.
it('sitemap.xml is well-formed XML in the sitemap namespace (Chromium DOMParser)', async () => {
  const xml = readFileSync('dist-subpath/sitemap.xml', 'utf8');
  const page = await browser.newPage();
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      urls: doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url').length,
      links: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length,
    };
  }, xml);
  await page.close();
  expect(result.error).toBeNull();
  expect(result.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(result.urls).toBeGreaterThan(80);
  expect(result.links).toBe(result.urls * 4);
});
