/**
 * "Cite" in a browser: readable without JavaScript (no dead buttons), a copy button that
 * copies the citation's text with JavaScript, no axe violations with the citations open.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations } from '../support/axe.ts';
import { servedSite } from '../support/servedSite.ts';

const site = servedSite();

async function openIn(context: BrowserContext, route: string) {
  const page = await context.newPage();
  expect((await page.goto(site.server.url + route))?.status()).toBe(200);
  return page;
}

describe('citations', () => {
  it('without JavaScript: a note card’s citations open with the summary, as selectable text, and no copy buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await openIn(context, 'en/documents/ningbo-18-strategies/');
    const cite = page.locator('#a-ningbo-dibao-standard details.cite');
    expect(await cite.locator('.cite__text').first().isVisible()).toBe(false);
    await cite.locator('summary').click();
    expect(await cite.locator('.cite__text').count()).toBe(6);
    expect(await cite.locator('.cite__text').first().isVisible()).toBe(true);
    expect(await page.locator('.cite__copy').count()).toBe(0);
    await context.close();
  });

  it('with JavaScript: the copy button puts the citation’s text on the clipboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await openIn(context, 'zh-hans/documents/jinhua-best-cases/');
    const cite = page.locator('details.cite').first();
    await cite.locator('summary').click();
    const form = cite.locator('.cite__form').nth(2);
    const button = form.locator('.cite__copy');
    expect(await button.textContent()).toBe('复制');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await form.locator('.cite__text').textContent())!.trim());
    expect(copied).toMatch(/\[EB\/OL\]/);
    await context.close();
  });

  it.each(locales.flatMap((l) => [`${l}/documents/hangzhou-action-plan/`, `${l}/themes/housing/`, `${l}/jurisdictions/ningbo/`]))('/%s has no axe violations with every citation open', async (route) => {
    const context = await site.browser.newContext();
    const page = await openIn(context, route);
    await page.evaluate(() => document.querySelectorAll('details.cite').forEach((d) => d.setAttribute('open', '')));
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await context.close();
  });
});
