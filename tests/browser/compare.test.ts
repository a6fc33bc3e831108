import { readFileSync } from 'node:fs';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../support/servedSite.ts';

const data = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as CorpusExport;
const byId = new Map(data.annotations.map((a) => [a.id, a]));

const site = servedSite();

describe('custom comparison', () => {
  it('narrows the comparison to the jurisdictions and themes in a shared URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}en/compare/?j=ningbo&j=jinhua&t=housing`);
    const visibleColumns = await page.$$eval('.matrix-table thead th[data-filter-jurisdiction]', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-filter-jurisdiction')));
    expect(visibleColumns).toEqual(['ningbo', 'jinhua']);
    const visibleThemes = await page.$$eval('section.side-by-side', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => s.getAttribute('data-filter-theme')));
    expect(visibleThemes).toEqual(['housing']);
    expect(await page.isChecked('input[name=j][value=national]')).toBe(false);
    expect(await page.isChecked('input[name=j][value=ningbo]')).toBe(true);
    await page.close();
  });

  it('updates the URL and the share link when the reader changes the selection', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hant/compare/`);
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
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}en/compare/?j=ningbo&t=housing`);
    const visible = await page.locator('section.side-by-side:visible').count();
    expect(visible).toBe(await page.locator('section.side-by-side').count());
    expect(visible).toBeGreaterThan(10);
    await context.close();
  });
});

describe('a student traces national clauses to local measures', () => {
  // Every national hukou clause that a local measure says it carries out.
  const clauses = data.annotations.filter((a) => a.jurisdiction === 'national' && a.themes.includes('hukou'));
  const chains = clauses
    .map((n) => ({ national: n, local: data.annotations.filter((a) => a.jurisdiction !== 'national' && a.links.includes(n.id)) }))
    .filter((c) => c.local.length > 0);

  it('from /en/themes/hukou/, every local measure carrying out a national clause is at most two clicks away', async () => {
    expect(chains.length).toBeGreaterThanOrEqual(3);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { national, local } of chains) {
      for (const a of local) {
        await page.goto(`${site.server.url}en/themes/hukou/`);
        await page.click('nav.jump a[href="#chain"]'); // click 1: the chain section
        const row = page.locator(`#chain li[data-national="${national.id}"]`);
        expect(await row.isVisible(), national.id).toBe(true);
        // Click 2: the local passage. A link that wraps over lines has its box centre in a
        // gap between them, so activate it as a keyboard user does.
        await row.locator(`li[data-local="${a.id}"] a`).focus();
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname.endsWith(`/documents/${a.document}/`) && url.hash === `#a-${a.id}`);
        expect(await page.locator(`[id="a-${a.id}"]`).isVisible(), a.id).toBe(true);
        // …where the reader note links back to the national clause.
        expect(await page.locator(`[id="a-${a.id}"] .note__related a[href$="#a-${national.id}"]`).count()).toBe(1);
      }
    }
    await page.close();
  });

  it('each chart cell is a link that lands on its cell in the table', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}zh-hant/themes/hukou/`);
    const first = data.indicators.find((i) => i.theme === 'hukou')!;
    await page.locator(`svg a[href="#c-${first.id}--ningbo"]`).click();
    expect(new URL(page.url()).hash).toBe(`#c-${first.id}--ningbo`);
    const cell = data.cells.find((c) => c.indicator === first.id && c.jurisdiction === 'ningbo')!;
    expect(await page.locator(`td[id="c-${first.id}--ningbo"] .cell__text`).textContent()).toBe(cell.text['zh-Hant']);
    expect(byId.get(cell.annotations[0]!)!.jurisdiction).toBe('ningbo');
    await page.close();
  });
});

describe('the compare matrix follows the custom selection', () => {
  it('keeps only the chosen rows and columns in the chart, closing the gaps', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}en/compare/`);
    const full = await page.locator('svg[data-rows]').boundingBox();
    await page.goto(`${site.server.url}en/compare/?j=ningbo&j=jinhua&t=housing&t=hukou`);
    const shown = await page.$$eval('svg[data-rows] [data-grid-row]', (rows) => rows.filter((r) => r.getAttribute('display') !== 'none').map((r) => r.getAttribute('data-grid-row')));
    expect(shown).toEqual(['hukou', 'housing']);
    const columns = await page.$$eval('svg[data-rows] [data-grid-row="housing"] a', (as) => as.filter((a) => a.getAttribute('display') !== 'none').map((a) => a.getAttribute('href')));
    expect(columns).toEqual([expect.stringContaining('--ningbo'), expect.stringContaining('--jinhua')]);
    // Housing moved up into the second row: its Ningbo cell now sits right below hukou's.
    const hukou = await page.locator('svg[data-rows] [data-grid-row="hukou"] a[data-grid-column="ningbo"] rect').boundingBox();
    const housing = await page.locator('svg[data-rows] [data-grid-row="housing"] a[data-grid-column="ningbo"] rect').boundingBox();
    expect(housing!.y - hukou!.y).toBeLessThan(50);
    expect(housing!.x).toBeCloseTo(hukou!.x, 0);
    const narrowed = await page.locator('svg[data-rows]').boundingBox();
    expect(narrowed!.height).toBeLessThan(full!.height / 2);
    await page.close();
  });

  it('without JavaScript the form is disabled, and the page says the comparison cannot be narrowed', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}en/compare/?j=ningbo&t=housing`);
    expect(await page.locator('form[data-custom-comparison] button').isDisabled()).toBe(true);
    expect(await page.locator('input[name=j][value=ningbo]').isDisabled()).toBe(true);
    expect(await page.locator('.notice').textContent()).toContain('needs JavaScript');
    expect(await page.locator('section.side-by-side:visible').count()).toBe(data.themes.length);
    await context.close();
  });
});

describe('comparison pages fit a 320 px phone', () => {
  const routes = ['themes/hukou/', 'themes/employment/', 'compare/', 'codebook/', 'jurisdictions/ningbo/'];
  it.each(['en', 'zh-hans', 'zh-hant'])('%s: no page is wider than the viewport', async (locale) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const route of routes) {
      await page.goto(`${site.server.url}${locale}/${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale}/${route}`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
