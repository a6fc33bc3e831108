import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { servedSite } from '../support/servedSite.ts';
import { startStaticServer } from '../support/staticServer.ts';

const site = servedSite();

/** A page as the print stylesheet lays it out, from a browser in dark mode (the hard case). */
async function printed(route: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(site.server.url + route);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}
const style = (page: Page, selector: string, property: string, pseudo?: string) =>
  page.locator(selector).first().evaluate((el, [p, ps]) => getComputedStyle(el, ps ?? null).getPropertyValue(p!), [property, pseudo] as const);

describe.each(locales)('printing in %s', (locale) => {
  it('a reader page: no site chrome, black on white, notes after their passage, highlights underlined, passage links spelled out', async () => {
    const page = await printed(`${locale}/documents/jinhua-best-cases/`);
    expect(await page.locator('.site-header').isHidden()).toBe(true);
    expect(await page.locator('.site-footer').isHidden()).toBe(true);
    expect(await style(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
    expect(await style(page, 'mark.hl', 'text-decoration-line')).toBe('underline');
    const para = page.locator('.para--annotated').first();
    const text = await para.locator('.para__text').boundingBox();
    const note = await para.locator('.note').first().boundingBox();
    expect(note!.y, 'the note comes below its passage').toBeGreaterThan(text!.y + text!.height - 1);
    const related = page.locator('.note__related a').first();
    expect(await related.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`/${locale}/documents/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('a theme page: no jump links, every measure says where its passage is', async () => {
    const page = await printed(`${locale}/themes/social-assistance/`);
    expect(await page.locator('.jump').count()).toBe(2);
    for (const jump of await page.locator('.jump').all()) expect(await jump.isHidden()).toBe(true);
    expect(await style(page, '.measure__source a', 'content', '::after')).toMatch(new RegExp(`/${locale}/documents/[^"]+#a-`));
    expect(await style(page, '.measure', 'break-inside')).toBe('avoid');
    await page.close();
  });
});

describe('the printed page says where it is from and when', () => {
  it.each(locales)('%s: the stamp gives the page’s path, the date of its annotations, the printing date, and the note on site paths', async (locale) => {
    const page = await printed(`${locale}/documents/hangzhou-action-plan/`);
    const stamp = page.locator('.print-stamp');
    expect(await stamp.isVisible()).toBe(true);
    const text = (await stamp.textContent())!;
    expect(text).toContain(`/${locale}/documents/hangzhou-action-plan/`);
    expect(await stamp.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toMatch(/paths on this site|本站内路径|本站內路徑/);
    await page.pdf({ format: 'A4' }); // fires beforeprint
    expect(await stamp.textContent()).toMatch(/(printed on|打印于|打印於)\d{4}-\d{2}-\d{2}|printed on \d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('on screen the stamp is hidden', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + 'en/themes/housing/');
    expect(await page.locator('.print-stamp').isHidden()).toBe(true);
    await page.close();
  });

  it('the citation prints: a note card its passage’s Chicago note, a theme page its whole citation', async () => {
    const page = await printed('en/documents/jinhua-best-cases/');
    const cite = page.locator('.note details.cite').first();
    expect(await cite.locator('.cite__text').first().isVisible()).toBe(true);
    expect(await cite.locator('.cite__group').nth(1).isVisible()).toBe(false);
    await page.close();
    const theme = await printed('en/themes/housing/');
    const texts = theme.locator('details.cite--page .cite__text');
    expect(await texts.count()).toBe(3);
    for (const t of await texts.all()) expect(await t.isVisible()).toBe(true);
    await theme.close();
  });

  it('with SITE_URL, internal links and the stamp print as full addresses', async () => {
    const sub = await startStaticServer('dist-subpath', '/policy-atlas/');
    try {
      const page = await site.browser.newPage();
      await page.goto(`${sub.url}en/themes/social-assistance/`);
      await page.emulateMedia({ media: 'print' });
      expect(await style(page, '.measure__source a', 'content', '::after')).toContain('https://example.org/policy-atlas/en/documents/');
      expect(await page.locator('.print-stamp').textContent()).toContain('https://example.org/policy-atlas/en/themes/social-assistance/');
      expect(await page.locator('.print-stamp').textContent()).not.toMatch(/paths on this site/);
      await page.close();
    } finally {
      await sub.close();
    }
  });
});

