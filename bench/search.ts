/**
 * Search benchmark (prints figures, asserts nothing). Run after a build:
 *   npm run bench:search            RUNS=9 for more repetitions
 * - index size on disk (one shared index serves all three locales);
 * - cold first query: fresh browser context, search page loaded, then the first query:
 *   time from submit to the first result on screen, and bytes fetched for it;
 * - warm query: a second query on the same page;
 * - the script-conversion aid shipped with the search page.
 * Medians of RUNS runs, per locale, in headless Chromium on this machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = dirBytes(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

const index = dirBytes('dist/pagefind/index');
const fragments = dirBytes('dist/pagefind/fragment');
const wasm = readdirSync('dist/pagefind').filter((f) => f.startsWith('wasm.')).map((f) => `${f} ${kb(statSync(`dist/pagefind/${f}`).size)}`);
console.log(`index: ${index.files} chunks, ${kb(index.bytes)}; fragments: ${fragments.files} files, ${kb(fragments.bytes)}; ${wasm.join(', ')} (one shared index for en, zh-hans, zh-hant)`);

const searchHtml = readFileSync('dist/en/search/index.html', 'utf8');
const pairs = (JSON.parse(/<script type="application\/json" id="search-config">([\s\S]*?)<\/script>/.exec(searchHtml)![1]!) as { pairs: string }).pairs;
console.log(`script-conversion aid: ${pairs.length / 2} character pairs, ${kb(Buffer.byteLength(pairs))} raw, ${kb(gzipSync(pairs).length)} gzip (inline JSON on the search page; no opencc in the browser)`);

/** Bytes as a static host would send them: gzip for text, as-is for Pagefind's pre-compressed files. */
function transferSize(url: string): number {
  const path = `dist${decodeURIComponent(new URL(url).pathname)}`;
  const body = readFileSync(path);
  return /\.(js|json|css|html)$/.test(path) ? gzipSync(body).length : body.length;
}

async function timedQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const list = document.getElementById('search-results')!;
    input.value = query;
    const start = performance.now();
    const shown = new Promise<void>((resolve) => new MutationObserver((_, obs) => list.children.length && (obs.disconnect(), resolve())).observe(list, { childList: true }));
    input.form!.requestSubmit();
    await shown;
    return performance.now() - start;
  }, q);
}

const server = await startStaticServer('dist');
const browser = await launchBrowser();
try {
  for (const locale of locales) {
    const cold: number[] = [];
    const warm: number[] = [];
    const warmCjk: number[] = [];
    const warmCjkBytes: number[] = [];
    const coldBytes: number[] = [];
    const warmBytes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched: string[] = [];
      page.on('request', (r) => r.url().includes('/pagefind/') && fetched.push(r.url()));
      // Cold: a fresh browser, the query typed as soon as the page is interactive. Pagefind
      // starts loading with the page, so its start-up and downloads all count here.
      await page.goto(`${server.url}${locale}/search/`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('form.search-form');
      cold.push(await timedQuery(page, '低保'));
      await page.waitForLoadState('networkidle');
      coldBytes.push(fetched.reduce((n, u) => n + transferSize(u), 0));
      fetched = [];
      warm.push(await timedQuery(page, 'hukou'));
      await page.waitForLoadState('networkidle');
      warmBytes.push(fetched.reduce((n, u) => n + transferSize(u), 0));
      fetched = [];
      warmCjk.push(await timedQuery(page, '养老'));
      await page.waitForLoadState('networkidle');
      warmCjkBytes.push(fetched.reduce((n, u) => n + transferSize(u), 0));
      await context.close();
    }
    console.log(
      `${locale}: cold first query "低保" ${median(cold).toFixed(0)} ms, ${kb(median(coldBytes))} · warm "hukou" ${median(warm).toFixed(0)} ms, ${kb(median(warmBytes))} · warm short Chinese term "养老" (re-ranked) ${median(warmCjk).toFixed(0)} ms, ${kb(median(warmCjkBytes))} (median of ${RUNS}; bytes as a gzip-serving host sends them)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
