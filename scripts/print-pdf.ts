/**
 * Prints built pages to PDF with Chromium, to look at what a reader gets on paper:
 *   node scripts/print-pdf.ts en/documents/jinhua-best-cases/ [more routes…]
 * Writes test-results/print/*.pdf (A4). DARK=1 prints from a dark-mode browser, which
 * must still give black ink on white paper. Turn a page into an image to look at it:
 *   pdftoppm -png -r 60 -f 1 -l 2 test-results/print/X.pdf test-results/print/X
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';

const routes = process.argv.slice(2);
mkdirSync('test-results/print', { recursive: true });
const server = await startStaticServer('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  if (process.env['DARK'] === '1') await page.emulateMedia({ colorScheme: 'dark' });
  for (const route of routes) {
    await page.goto(server.url + route);
    const file = `test-results/print/${route.replace(/[^\w-]+/g, '_') || 'root'}${process.env['DARK'] === '1' ? '-dark' : ''}.pdf`;
    await page.pdf({ path: file, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
