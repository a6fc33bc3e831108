import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageTag, locales } from '../../src/i18n/locales.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let browser: Browser;
let server: StaticServer;
const shots = 'test-results/screenshots';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startStaticServer('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records every request it makes, to prove none leaves the origin. */
async function open(route: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(server.url + route);
  expect(response?.status(), route).toBe(200);
  return { page, requests };
}

describe.each(locales)('reader in %s', (locale) => {
  it('has the right lang, highlighted passages, and only same-origin requests', async () => {
    const { page, requests } = await open(`${locale}/documents/jinhua-best-cases/`);
    expect(await page.getAttribute('html', 'lang')).toBe(languageTag[locale]);
    const mark = page.locator('mark.hl').first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: `${shots}/reader-jinhua-${locale}.png` });
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.context().close();
  });

  it('keeps the reader on the same passage when switching language', async () => {
    const { page } = await open(`${locale}/documents/ningbo-18-strategies/#a-ningbo-dibao-standard`);
    const other = locales.find((l) => l !== locale)!;
    await page.click(`.language-switch a[hreflang="${languageTag[other]}"]`);
    await page.waitForURL(`**/${other}/documents/ningbo-18-strategies/#a-ningbo-dibao-standard`);
    expect(await page.getAttribute('html', 'lang')).toBe(languageTag[other]);
    const inView = await page.locator('#a-ningbo-dibao-standard').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  it('is readable with JavaScript off', async () => {
    const { page } = await open(`${locale}/documents/national-social-mobility-opinions/`, { javaScriptEnabled: false });
    expect(await page.locator('.para__text').count()).toBeGreaterThan(20);
    expect(await page.locator('.note').count()).toBeGreaterThan(5);
    expect(await page.locator('#a-national-art13-dibao-adjustment').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  const routes = [
    '',
    'en/',
    'zh-hans/',
    'zh-hant/',
    ...locales.map((l) => `${l}/about/`),
    ...locales.map((l) => `${l}/data/`),
    ...locales.map((l) => `${l}/search/?q=${encodeURIComponent('低保')}`),
    ...locales.flatMap((l) => ['jinhua-best-cases', 'ningbo-18-strategies', 'inner-mongolia-livelihood-security'].map((d) => `${l}/documents/${d}/`)),
    ...locales.flatMap((l) => [`${l}/compare/`, `${l}/themes/social-assistance/`, `${l}/jurisdictions/jinhua/`, `${l}/glossary/`]),
  ];
  it.each(routes)('/%s has no violations', async (route) => {
    const { page } = await open(route);
    // Search results are rendered by script: check them, not the empty list.
    if (route.includes('search/?q=')) await page.waitForSelector('#search-results li');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.context().close();
  });

  it('the harness does catch violations (control: an image without alt, low-contrast text)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html lang="en"><body><main><img src="data:,"><p style="color:#bbb;background:#fff">faint</p></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
    await context.close();
  });

  it.each(['zh-hant/documents/jinhua-best-cases/', 'en/documents/ningbo-18-strategies/'])('/%s has no violations in dark mode', async (route) => {
    const { page } = await open(route);
    await page.emulateMedia({ colorScheme: 'dark' });
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.screenshot({ path: `${shots}/reader-dark-${route.split('/')[0]}.png` });
    await page.context().close();
  });

  it('404 page has no violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a phone-width reader has no horizontal scroll', async () => {
    const { page } = await open('zh-hans/documents/inner-mongolia-livelihood-security/', { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/reader-phone-zh-hans.png` });
    await page.context().close();
  });
});

describe('under a sub-path (BASE_PATH=/policy-atlas/)', () => {
  it('serves the reader with its stylesheet and working links', async () => {
    const sub = await startStaticServer('dist-subpath', '/policy-atlas/');
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${sub.url}zh-hant/documents/hangzhou-action-plan/`);
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
    await page.click('.site-nav a >> nth=0');
    await page.waitForURL('**/policy-atlas/zh-hant/');
    expect(failed).toEqual([]);
    await context.close();
    await sub.close();
  });
});
