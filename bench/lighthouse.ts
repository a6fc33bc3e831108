/**
 * Lighthouse over one page of each type in each locale, served from dist/ by the test
 * static server with gzip (as real hosts do). Prints figures, asserts nothing, and is
 * not part of `npm test`: scores move with the machine's load.
 *   npm run build && npm run bench:lighthouse
 * PRESET=desktop for Lighthouse's desktop settings (default: its mobile emulation with
 * simulated slow 4G and CPU throttling). SUBPATH=1 audits dist-subpath/ instead, built
 * with SITE_URL, whose hreflang alternates are fully qualified.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig } from 'lighthouse';
import { locales } from '../src/i18n/locales.ts';
import { builds } from '../tests/support/dist.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';
import { launchDebuggableChromium } from './debuggableChromium.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The document whose reader page is largest on disk (it changes as annotations grow). */
const largestReader = readdirSync('dist/en/documents')
  .map((id) => ({ id, bytes: statSync(`dist/en/documents/${id}/index.html`).size }))
  .sort((a, b) => b.bytes - a.bytes)[0]!.id;

/** Route → page type. The 404 page is asked for by name: Lighthouse refuses to audit a document answered with status 404. */
const pages: { type: string; route: string }[] = [
  { type: 'root chooser', route: '' },
  ...locales.flatMap((l) => [
    { type: 'home', route: `${l}/` },
    // The largest reader page: the heaviest page a reader opens.
    { type: 'reader', route: `${l}/documents/${largestReader}/` },
    { type: 'theme', route: `${l}/themes/social-assistance/` },
    { type: 'jurisdiction', route: `${l}/jurisdictions/hangzhou/` },
    { type: 'compare', route: `${l}/compare/` },
    { type: 'glossary', route: `${l}/glossary/` },
    { type: 'about', route: `${l}/about/` },
    { type: 'search', route: `${l}/search/` },
  ]),
  { type: '404', route: '404.html' },
];

interface Row {
  type: string;
  route: string;
  scores: number[];
  transferred: number;
  documentTransfer: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const { dir, base } = builds[process.env['SUBPATH'] === '1' ? 1 : 0];
const server = await startStaticServer(dir, base, { gzip: true });
const chromium = await launchDebuggableChromium();
const rows: Row[] = [];
const failed = new Map<string, Set<string>>();
try {
  for (const { type, route } of pages) {
    const url = server.url + route;
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, process.env['PRESET'] === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; transferSize?: number }[] } | undefined)?.items ?? [];
    rows.push({
      type,
      route,
      scores: categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
      transferred: lhr.audits['total-byte-weight']?.numericValue ?? 0,
      documentTransfer: requests.find((r) => r.url === url)?.transferSize ?? 0,
    });
    // Every audit that did not fully pass, to see what to fix.
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
        const key = `${c}: ${ref.id} (${audit.title})`;
        failed.set(key, (failed.get(key) ?? new Set()).add(base + route));
      }
    }
    console.error(`audited ${base}${route}`);
  }
} finally {
  await chromium.close();
  await server.close();
}

console.log(`Lighthouse ${process.env['PRESET'] === 'desktop' ? 'desktop' : 'mobile (simulated slow 4G, 4× CPU slowdown)'}, ${dir}/ served under ${base} with gzip\n`);
console.log('| page type | page | perf | a11y | best practices | SEO | transferred |');
console.log('|---|---|--:|--:|--:|--:|--:|');
for (const r of rows) console.log(`| ${r.type} | ${base}${r.route} | ${r.scores.join(' | ')} | ${kb(r.transferred)} |`);

console.log('\nReader pages, HTML document alone (gzip transfer as measured; raw file size):');
for (const r of rows.filter((row) => row.type === 'reader')) {
  const file = readFileSync(`${dir}/${r.route}index.html`);
  console.log(`  ${base}${r.route}: ${kb(r.documentTransfer)} transferred (gzip ${kb(gzipSync(file).length)}), ${kb(file.length)} raw`);
}

console.log(failed.size ? '\nAudits not fully passed:' : '\nEvery scored audit passed on every page.');
for (const [audit, routes] of failed) console.log(`  ${audit}: ${routes.size === rows.length ? `all ${rows.length} pages` : [...routes].join(', ')}`);
