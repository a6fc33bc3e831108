import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
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

/** A page as the print stylesheet lays it out, from a browser in dark mode (the hard case). */
async function printed(route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url + route);
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
