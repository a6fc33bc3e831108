/**
 * Takes full-page screenshots of built pages, to look at what a reader sees:
 *   node scripts/screenshot.ts en/documents/jinhua-best-cases/ [more routes…]
 * Writes test-results/screenshots/*.png. Set WIDTH for a phone-sized view (e.g. 390).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';

const routes = process.argv.slice(2);
const width = Number(process.env['WIDTH'] ?? 1280);
const full = process.env['FULL'] === '1';
mkdirSync('test-results/screenshots', { recursive: true });
const server = await startStaticServer('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const route of routes) {
    await page.goto(server.url + route);
    if (process.env['SCROLL']) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env['SCROLL']);
    const file = `test-results/screenshots/${route.replace(/[^\w-]+/g, '_') || 'root'}-${width}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
