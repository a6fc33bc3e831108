import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('custom comparison', () => {
  it('narrows the comparison to the jurisdictions and themes in a shared URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/compare/?j=ningbo&j=jinhua&t=housing`);
    const visibleColumns = await page.$$eval('.matrix-table thead th[data-filter-jurisdiction]', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-filter-jurisdiction')));
    expect(visibleColumns).toEqual(['ningbo', 'jinhua']);
    const visibleThemes = await page.$$eval('section.side-by-side', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => s.getAttribute('data-filter-theme')));
    expect(visibleThemes).toEqual(['housing']);
    expect(await page.isChecked('input[name=j][value=national]')).toBe(false);
    expect(await page.isChecked('input[name=j][value=ningbo]')).toBe(true);
    await page.close();
  });

  it('updates the URL and the share link when the reader changes the selection', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}zh-hant/compare/`);
    await page.uncheck('input[name=t][value=housing]');
    await page.uncheck('input[name=j][value=national]');
    const url = new URL(page.url());
    expect(url.searchParams.getAll('j')).not.toContain('national');
    expect(url.searchParams.getAll('t')).not.toContain('housing');
    expect(url.searchParams.getAll('t')).toContain('health');
    const share = await page.getAttribute('[data-share-link]', 'href');
    expect(share).toBe(url.pathname + url.search);
    expect(await page.locator('section.side-by-side[data-filter-theme=housing]').isHidden()).toBe(true);
    await page.close();
  });

  it('shows the full comparison with JavaScript off, whatever the URL says', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}en/compare/?j=ningbo&t=housing`);
    const visible = await page.locator('section.side-by-side:visible').count();
    expect(visible).toBe(await page.locator('section.side-by-side').count());
    expect(visible).toBeGreaterThan(10);
    await context.close();
  });
});
