import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

// The export as an annotation client meets it: fetched over HTTP from the sub-path build,
// pages followed first → next, each seed fetched from its target IRI and decoded by the
// browser, and both selectors resolved by the browser's own string handling.
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer('dist-subpath', '/policy-atlas/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a client in Chromium walks the pages and finds every quote in the seeds it fetches', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}en/`);
  const result = await page.evaluate(async (published) => {
    // The build was made with SITE_URL=https://example.org; this server stands in for it.
    const local = (iri: string) => iri.replace(published, `${location.origin}/policy-atlas/`);
    const get = async (iri: string) => {
      const response = await fetch(local(iri));
      if (!response.ok) throw new Error(`${iri}: HTTP ${response.status}`);
      return response;
    };
    const collection = await (await get(`${published}data/annotations.jsonld`)).json();
    const seeds = new Map<string, string>();
    const problems: string[] = [];
    let count = 0;
    for (let iri = collection.first; iri; ) {
      const annotationPage = await (await get(iri)).json();
      for (const a of annotationPage.items) {
        count++;
        const source = a.target.source.id as string;
        if (!seeds.has(source)) seeds.set(source, await (await get(source)).text());
        const text = seeds.get(source)!;
        const [quote, position] = a.target.selector;
        const selected = Array.from(text).slice(position.start, position.end).join('');
        if (selected !== quote.exact) problems.push(`${a.id}: position selects ${JSON.stringify(selected.slice(0, 40))}`);
        if (!text.includes((quote.prefix ?? '') + quote.exact + (quote.suffix ?? ''))) problems.push(`${a.id}: quote with its context not found`);
      }
      iri = annotationPage.next;
    }
    return { total: collection.total, count, seeds: seeds.size, problems };
  }, 'https://example.org/policy-atlas/');
  await page.close();
  expect(result.problems).toEqual([]);
  expect(result.count).toBe(result.total);
  expect(result.seeds).toBe((JSON.parse(readFileSync('dist-subpath/data/corpus.json', 'utf8')) as { documents: unknown[] }).documents.length);
});
