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
const readers = pages.filter((f) => f.includes('/documents/')).map((f) => ({ f, bytes: statSync(`dist/${f}`).size })).sort((a, b) => b.bytes - a.bytes);
const largest = readers[0]!;
const html = readFileSync(`dist/${largest.f}`);
console.log(`largest reader page: ${largest.f} — ${kb(largest.bytes)} raw, ${kb(gzipSync(html).length)} gzip`);

const scripts = parse(html.toString()).querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
let js = 0;
let jsGz = 0;
for (const src of scripts) {
  const body = readFileSync(`dist${src}`);
  js += body.length;
  jsGz += gzipSync(body).length;
}
console.log(`JavaScript on a reader page: ${scripts.length} file(s), ${kb(js)} raw, ${kb(jsGz)} gzip (language switch keeps the passage; none needed to read)`);
const css = parse(html.toString()).querySelectorAll('link[rel=stylesheet]').map((l) => readFileSync(`dist${l.getAttribute('href')}`));
console.log(`CSS on a reader page: ${kb(css.reduce((n, b) => n + b.length, 0))} raw, ${kb(css.reduce((n, b) => n + gzipSync(b).length, 0))} gzip`);
