import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageTag, locales } from '../../src/i18n/locales.ts';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

/**
 * The strictest policy the site should need, as documented in the README. Everything is
 * a same-origin file (no inline script or style, no third parties), so it must hold.
 */
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer('dist', '/', { headers: { 'Content-Security-Policy': csp } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose CSP violations (events and console errors) are recorded from the first byte. */
async function watched(): Promise<{ context: BrowserContext; page: Page; problems: () => Promise<string[]> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    // The 404 page's own status is logged as an error; it says nothing about CSP.
    const ownStatus = m.text().startsWith('Failed to load resource: the server responded with a status of 404') && m.location().url === page.url();
    if (m.type() === 'error' && !ownStatus) console.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => console.push(`page error: ${e.message}`));
  const problems = async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console];
  return { context, page, problems };
}

const routes = [
  '',
  ...locales.flatMap((l) => [
    `${l}/`,
    `${l}/documents/ningbo-18-strategies/`,
    `${l}/documents/national-social-mobility-opinions/`,
    `${l}/themes/social-assistance/`,
    `${l}/jurisdictions/hangzhou/`,
    `${l}/compare/`,
    `${l}/glossary/`,
    `${l}/about/`,
  ]),
];

describe(`under ${csp}`, () => {
  it.each(routes)('/%s loads with no CSP violation', async (route) => {
    const { context, page, problems } = await watched();
    const response = await page.goto(server.url + route, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(csp);
    expect(response?.status()).toBe(200);
    // Styles applied at all: a blocked stylesheet would leave the UA default here.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the 404 page loads with no CSP violation', async () => {
    const { context, page, problems } = await watched();
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it.each(locales)('the language switch keeps the passage (its script runs) from %s', async (locale) => {
    const { context, page, problems } = await watched();
    await page.goto(`${server.url}${locale}/documents/ningbo-18-strategies/#a-ningbo-dibao-standard`);
    const other = locales.find((l) => l !== locale)!;
    await page.click(`.language-switch a[hreflang="${languageTag[other]}"]`);
    // Without the script the link has no fragment, so this URL proves it ran.
    await page.waitForURL(`**/${other}/documents/ningbo-18-strategies/#a-ningbo-dibao-standard`);
    expect(await page.getAttribute('html', 'lang')).toBe(languageTag[other]);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the custom comparison form on /en/compare/ filters and updates the URL', async () => {
    const { context, page, problems } = await watched();
    await page.goto(`${server.url}en/compare/?j=ningbo&j=jinhua&t=housing`);
    const visibleThemes = await page.$$eval('section.side-by-side', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => s.getAttribute('data-filter-theme')));
    expect(visibleThemes).toEqual(['housing']);
    await page.check('input[name=t][value=health]');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('t')).toEqual(expect.arrayContaining(['housing', 'health']));
    expect(await page.locator('section.side-by-side[data-filter-theme=health]').isHidden()).toBe(false);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the harness does catch violations (control: inline script and inline style)', async () => {
    const { context, page, problems } = await watched();
    await context.route('**/csp-control/', (route) =>
      route.fulfill({ status: 200, headers: { 'Content-Security-Policy': csp, 'Content-Type': 'text/html' }, body: '<!doctype html><title>x</title><p style="color:red">x</p><script>document.title = "ran"</script>' }),
    );
    await page.goto(`${server.url}csp-control/`);
    expect(await page.title()).toBe('x');
    const found = await problems();
    expect(found.some((p) => p.startsWith('script-src-elem'))).toBe(true);
    expect(found.some((p) => p.startsWith('style-src-attr'))).toBe(true);
    await context.close();
  });
});

/**
 * Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (and nothing else
 * beyond 'self'): the README documents the header with it. The control proves the
 * permission is needed rather than assumed.
 */
describe('search under the documented header (strict + wasm-unsafe-eval)', () => {
  const withWasm = csp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
  let search: StaticServer;
  beforeAll(async () => {
    search = await startStaticServer('dist', '/', { headers: { 'Content-Security-Policy': withWasm } });
  });
  afterAll(async () => {
    await search?.close();
  });

  it.each(locales)('/%s/search/ finds results with no CSP violation', async (locale) => {
    const { context, page, problems } = await watched();
    await page.goto(`${search.url}${locale}/search/?q=${encodeURIComponent('低保')}`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('control: without wasm-unsafe-eval the strict header blocks search', async () => {
    const { context, page, problems } = await watched();
    await page.goto(`${server.url}en/search/?q=dibao`);
    await expect.poll(async () => (await problems()).some((p) => /wasm|WebAssembly|script-src/i.test(p)), { timeout: 10_000 }).toBe(true);
    await context.close();
  });
});
