/**
 * Build benchmark (prints figures, asserts nothing): full build time, HTML bytes of the
 * largest reader page (raw and gzip), and the JavaScript a reader page ships.
 *   npm run bench:build
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { htmlFiles } from '../tests/support/dist.ts';

const runs = Number(process.env['RUNS'] ?? 3);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  // process.execPath: the project's Node 22, not whatever `node` the PATH finds first.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`full build (astro build, ${runs} runs): median ${(times[Math.floor(runs / 2)]! / 1000).toFixed(2)} s, min ${(times[0]! / 1000).toFixed(2)} s`);

const pages = htmlFiles('dist');
console.log(`pages: ${pages.length}`);

/** Bytes of the JavaScript and CSS files a page loads (raw, gzip). */
function assets(html: string, selector: string, attribute: string): { raw: number; gz: number; files: number } {
  const urls = parse(html).querySelectorAll(selector).map((el) => el.getAttribute(attribute)!);
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const body = readFileSync(`dist${url}`);
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { raw, gz, files: urls.length };
}

const types: [string, RegExp][] = [
  ['reader', /\/documents\//],
  ['theme', /\/themes\//],
  ['jurisdiction', /\/jurisdictions\//],
  ['compare', /\/compare\//],
  ['glossary', /\/glossary\//],
  ['search', /\/search\//],
];
for (const [type, pattern] of types) {
  const [largest] = pages
    .filter((f) => pattern.test(`/${f}`))
    .map((f) => ({ f, bytes: statSync(`dist/${f}`).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!largest) continue;
  const html = readFileSync(`dist/${largest.f}`, 'utf8');
  const js = assets(html, 'script[src]', 'src');
  const css = assets(html, 'link[rel=stylesheet]', 'href');
  console.log(
    `largest ${type} page: ${largest.f} — HTML ${kb(largest.bytes)} raw, ${kb(gzipSync(html).length)} gzip; JS ${js.files} file(s) ${kb(js.raw)} (${kb(js.gz)} gzip); CSS ${kb(css.raw)} (${kb(css.gz)} gzip)`,
  );
}
