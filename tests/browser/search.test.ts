import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { searchQueries } from './searchQueries.ts';

let browser: Browser;
let server: StaticServer;
const pages = new Map<string, Page>();
beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchBrowser();
  for (const locale of locales) {
    const page = await browser.newPage();
    await page.goto(`${server.url}${locale}/search/`);
    pages.set(locale, page);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs a query through the page's own form and returns the annotation ids of the results, in order. */
async function search(page: Page, q: string): Promise<string[]> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((query) => {
    const status = document.getElementById('search-status')!.textContent ?? '';
    return status.includes(query);
  }, q);
  return page.$$eval('#search-results a.result__title', (links) => links.map((a) => a.getAttribute('href')!.split('#a-')[1] ?? ''));
}

describe.each(locales)('search from the %s search page', (locale) => {
  it.each(searchQueries)('"$q" ($kind) finds $expect in the top five', async ({ q, expect: id }) => {
    const page = pages.get(locale)!;
    const ids = await search(page, q);
    expect(ids.slice(0, 5), `results: ${ids.slice(0, 8).join(', ')}`).toContain(id);
    expect(new URL(page.url()).searchParams.get('q')).toBe(q); // shareable
  });
});

describe('search page behaviour', () => {
  it('reads ?q= from the URL, links to the passage in the reader’s locale and script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}zh-hant/search/?q=${encodeURIComponent('养老')}`);
    await page.waitForSelector('#search-results li');
    const href = await page.getAttribute('#search-results li a.result__title', 'href');
    expect(href).toMatch(/^\/zh-hant\/documents\/[\w-]+\/#a-[\w-]+$/);
    expect(await page.textContent('#search-results li')).toContain('養老'); // shown in traditional
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    await page.close();
  });

  it('ranks passages with the exact short term above those with its characters apart', async () => {
    const page = pages.get('zh-hans')!;
    const ids = await search(page, '低保');
    const texts = await page.$$eval('#search-results li', (lis) => lis.map((li) => li.textContent ?? ''));
    const firstPartial = texts.findIndex((t) => !t.includes('低保'));
    const lastExact = texts.map((t) => t.includes('低保')).lastIndexOf(true);
    expect(ids.length).toBeGreaterThan(3);
    if (firstPartial !== -1) expect(lastExact).toBeLessThan(firstPartial);
  });

  // Pagefind backtracks a term that matches nothing (aaaa → a, Ningboxyzqq → ningbo):
  // the page must say there are no results, not show those of a shorter word.
  it.each(['aaaa', 'Ningboxyzqq', 'dibao xyzqq'])('a query with a term that occurs nowhere (%s) finds nothing', async (q) => {
    const page = pages.get('en')!;
    const ids = await search(page, q);
    expect(ids).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('No results for');
  });

  it('still finds a word by its beginning (search as the reader types)', async () => {
    const ids = await search(pages.get('en')!, 'settlem');
    expect(ids).toContain('national-art4-settlement-restrictions');
  });

  it('filters by jurisdiction through the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/search/?q=dibao&jurisdiction=ningbo`);
    await page.waitForSelector('#search-results li');
    const ids = await page.$$eval('#search-results a.result__title', (as) => as.map((a) => a.getAttribute('href')!));
    expect(ids.length).toBeGreaterThan(0);
    for (const href of ids) expect(href).toContain('/documents/ningbo-18-strategies/');
    expect(await page.inputValue('select[name=jurisdiction]')).toBe('ningbo');
    await page.close();
  });

  it('says search needs JavaScript when it is off, and points to compare and glossary', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}en/search/?q=dibao`);
    const notice = page.locator('[data-no-js]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/en/compare/', '/en/glossary/']);
    // With JavaScript on, the notice is absent: it lives in <noscript>.
    const scripted = await browser.newPage();
    await scripted.goto(`${server.url}en/search/`);
    expect(await scripted.locator('[data-no-js]').count()).toBe(0);
    await scripted.close();
    await context.close();
  });
});
