import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { sliceCodePoints } from '../../src/webAnnotation/codePoints.ts';
import { annotationsJsonldPath } from '../../src/webAnnotation/iris.ts';
import type { WebAnnotation, WebAnnotationCollection, WebAnnotationPage } from '../../src/webAnnotation/webAnnotationExport.ts';
import { buildSite } from '../support/buildSite.ts';
import { builds } from '../support/dist.ts';
import { formatCounts, optionalCounts } from '../support/optionalW3c.ts';
import { tempProject, type TempProject } from '../support/tempProject.ts';
import { loadW3cSuite } from '../support/w3cSuite.ts';

const suite = loadW3cSuite();
const musts = suite.assertions('annotationMusts.test');
const manifest = new Map(
  readFileSync('seeds/SHA256SUMS', 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+\*?/).reverse() as [string, string]),
);
const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
const fullHistory = git(['rev-parse', '--is-shallow-repository']).stdout?.trim() === 'false';

// The IRI base each build must use: SITE_URL + BASE_PATH, or the reserved .invalid host.
const expectedBase = { dist: 'https://policy-atlas.invalid/', 'dist-subpath': 'https://example.org/policy-atlas/' } as const;

describe.each(builds)('$dir: data/annotations.jsonld', ({ dir }) => {
  const base = expectedBase[dir];
  /** The file in the build that an IRI of the export names: the IRI minus the base. */
  const fileOf = (iri: string) => {
    expect(iri.startsWith(base), `${iri} is not under ${base}`).toBe(true);
    return join(dir, iri.slice(base.length).split('#')[0]!);
  };
  const readJson = <T>(iri: string) => JSON.parse(readFileSync(fileOf(iri), 'utf8')) as T;
  const corpus = JSON.parse(readFileSync(join(dir, 'data/corpus.json'), 'utf8')) as CorpusExport;
  const collection = JSON.parse(readFileSync(join(dir, annotationsJsonldPath), 'utf8')) as WebAnnotationCollection;

  // Walk the pages the way a client does: first, then next until there is none.
  const pages: WebAnnotationPage[] = [];
  for (let iri: string | undefined = collection.first; iri; iri = (pages.at(-1) as { next?: string }).next) {
    pages.push(readJson<WebAnnotationPage>(iri));
    if (pages.length > 100) throw new Error('page chain does not end');
  }
  const items: WebAnnotation[] = pages.flatMap((p) => p.items);
  const byId = new Map(corpus.annotations.map((a) => [a.id, a]));
  const idOf = (w: WebAnnotation) => w.id.split('#')[1]!;

  it('is an AnnotationCollection whose pages, walked first → next, hold every annotation once', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toBe(`${base}${annotationsJsonldPath}`);
    expect(collection.total).toBe(corpus.annotations.length);
    expect(collection.last).toBe(pages.at(-1)!.id);
    expect(items.map(idOf)).toEqual(corpus.annotations.map((a) => a.id));
    let index = 0;
    for (const [i, page] of pages.entries()) {
      expect(page.type).toBe('AnnotationPage');
      expect(page.partOf).toMatchObject({ id: collection.id, total: collection.total });
      expect(page.startIndex).toBe(index);
      expect((page as { prev?: string }).prev).toBe(pages[i - 1]?.id);
      index += page.items.length;
    }
  });

  it('the collection and its pages meet the suite’s collection and page definitions', () => {
    const check = (data: unknown, names: string[]) => names.filter((n) => !suite.definition(`collections.json#/definitions/${n}`)(data));
    expect(check(collection, ['annotationCollectionTypeValueFound', 'labelFound', 'totalFound', 'firstValidIfPresent', 'lastValidIfPresent', 'firstRequiredIfTotalMoreThanZero'])).toEqual([]);
    const pageChecks = ['annotationPageTypeValueFound', 'partOfValidIfPresent', 'nextValidIfPresent', 'prevValidIfPresent', 'startIndexFound', 'itemsFound'];
    for (const page of pages) expect(check(page, pageChecks), page.id).toEqual([]);
    // Control: a page whose next is a relative path fails.
    expect(check({ ...pages[0], next: 'annotations/x.jsonld' }, ['nextValidIfPresent'])).toEqual(['nextValidIfPresent']);
  });

  it('every annotation passes every must assertion of the W3C suite', () => {
    expect(musts).toHaveLength(54);
    const failures = items.flatMap((w) => musts.filter((m) => !m.validate(w).passed).map((m) => `${idOf(w)}: ${m.path}: ${m.validate(w).errors}`));
    expect(failures).toEqual([]);
  });

  it('reports how many should and may assertions pass', () => {
    const counts = optionalCounts(suite, items);
    console.log(`${dir}: W3C optional assertions over ${items.length} annotations\n${formatCounts(counts)}`);
    // The export uses creator, created, motivation, format and language: some pass.
    expect(counts.reduce((n, c) => n + c.passedByAll, 0)).toBeGreaterThan(0);
  });

  it('serves each seed byte for byte, at the IRI its annotations target', () => {
    const sources = new Set(items.map((w) => w.target.source.id));
    expect(sources.size).toBe(corpus.documents.length);
    for (const d of corpus.documents) {
      const served = join(dir, 'data/seeds', d.seed.slice('seeds/'.length));
      expect(readFileSync(served).equals(readFileSync(d.seed)), served).toBe(true);
      expect(createHash('sha256').update(readFileSync(served)).digest('hex')).toBe(manifest.get(d.seed.slice('seeds/'.length)));
    }
  });

  it('both selectors of every annotation select exactly its quote in the served seed', () => {
    for (const w of items) {
      const text = readFileSync(fileOf(w.target.source.id), 'utf8');
      const [quote, position] = w.target.selector as unknown as [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number }];
      const a = byId.get(idOf(w))!;
      expect(quote.exact, idOf(w)).toBe(a.quote);
      // Position: Unicode code points of the served file.
      expect(sliceCodePoints(text, position.start, position.end), idOf(w)).toBe(quote.exact);
      // Quote: prefix + exact + suffix occurs exactly once, and there.
      const needle = (quote.prefix ?? '') + quote.exact + (quote.suffix ?? '');
      const points = Array.from(text);
      const hits: number[] = [];
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(Array.from(text.slice(0, at)).length + Array.from(quote.prefix ?? '').length);
      expect(hits, idOf(w)).toEqual([position.start]);
      // Context is 32 code points, shorter only at the edges of the seed.
      expect(Array.from(quote.prefix ?? '').length, idOf(w)).toBe(Math.min(32, position.start));
      expect(Array.from(quote.suffix ?? '').length, idOf(w)).toBe(Math.min(32, points.length - position.end));
    }
  });

  it('carries each note in en, zh-Hans and zh-Hant, its kind and its themes', () => {
    for (const w of items) {
      const a = byId.get(idOf(w))!;
      const [choice, kind, ...tags] = w.body as unknown as [{ items: { language: string; format: string; value: string }[] }, { purpose: string; value: string }, ...{ purpose: string; value: string }[]];
      expect(choice.items.map((i) => i.language)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
      expect(new Set(choice.items.map((i) => i.format))).toEqual(new Set(['text/html']));
      expect(choice.items.every((i) => i.value.length > 0)).toBe(true);
      // Links in the notes are absolute and land on a built page with that fragment.
      for (const [, href] of choice.items.flatMap((i) => [...i.value.matchAll(/href="([^"]*)"/g)])) {
        const [path = '', fragment] = href!.slice(base.length).split('#');
        expect(href!.startsWith(base), `${idOf(w)}: ${href}`).toBe(true);
        const page = readFileSync(join(dir, path, 'index.html'), 'utf8');
        if (fragment) expect(page.includes(` id="${fragment}"`), `${idOf(w)}: ${href}`).toBe(true);
      }
      expect(kind).toMatchObject({ purpose: 'classifying', value: a.kind });
      expect(tags.map((t) => t.value)).toEqual(a.themes);
      expect(tags.every((t) => t.purpose === 'tagging')).toBe(true);
    }
  });

  it('dates each annotation from git, asked independently with a pickaxe search', () => {
    // created = first commit whose diff adds the block's opening line; checked for the
    // first annotation of every document (one `git log -S` each keeps this quick).
    for (const page of pages) {
      const w = page.items[0]!;
      const file = byId.get(idOf(w))!.source.file;
      const log = git(['log', '--follow', '--reverse', '--format=%ct', '-S', `:::annotation{#${idOf(w)} `, '--', file]).stdout.trim().split('\n')[0];
      if (!fullHistory) expect('created' in w).toBe(false);
      else if (log) expect(w.created, idOf(w)).toBe(new Date(Number(log) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
    for (const w of items) if (w.created && w.modified) expect(w.created <= w.modified, idOf(w)).toBe(true);
  });

  it('has the files the export names, and nothing it names is missing', () => {
    for (const page of pages) expect(existsSync(fileOf(page.id))).toBe(true);
  });
});

describe('built from a copy whose seed has characters outside the BMP', () => {
  // Two 𠮷 (U+20BB7), each one code point but two UTF-16 units, put before every
  // annotation of the Jinhua seed: positions must shift by 2 code points, not 4 units.
  const file = 'jinhua-best-cases.zh.txt';
  // The seed opens with a stray "." (itself annotated); the two characters go before it.
  const opening = '.\n';
  let project: TempProject;
  let out: string;
  beforeAll(async () => {
    project = tempProject();
    const seed = readFileSync(join(project.root, 'seeds', file));
    expect(seed.toString('utf8').startsWith(opening)).toBe(true);
    project.edit(`seeds/${file}`, opening, `𠮷𠮷${opening}`);
    const edited = readFileSync(join(project.root, 'seeds', file));
    const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    project.edit('seeds/SHA256SUMS', hash(seed), hash(edited));
    out = join(project.root, 'dist');
    await buildSite(project.root, out, { GIT_CEILING_DIRECTORIES: tmpdir() });
  });
  afterAll(() => project?.remove());

  it('counts TextPositionSelector offsets in code points of the served seed', () => {
    const corpus = JSON.parse(readFileSync(join(out, 'data/corpus.json'), 'utf8')) as CorpusExport;
    const page = JSON.parse(readFileSync(join(out, 'data/annotations/jinhua-best-cases.jsonld'), 'utf8')) as WebAnnotationPage;
    const served = readFileSync(join(out, 'data/seeds', file), 'utf8');
    expect(readFileSync(join(out, 'data/seeds', file)).equals(readFileSync(join(project.root, 'seeds', file)))).toBe(true);
    expect(served.startsWith(`𠮷𠮷${opening}`)).toBe(true);
    expect(page.items.length).toBeGreaterThan(0);
    for (const w of page.items) {
      const a = corpus.annotations.find((x) => x.id === w.id.split('#')[1])!;
      const [quote, position] = w.target.selector as unknown as [{ exact: string }, { start: number; end: number }];
      expect(served.slice(a.start, a.end)).toBe(a.quote);
      expect([position.start, position.end], a.id).toEqual([a.start - 2, a.end - 2]);
      expect(sliceCodePoints(served, position.start, position.end), a.id).toBe(quote.exact);
      for (const m of musts) expect(m.validate(w).passed, `${a.id}: ${m.path}`).toBe(true);
    }
  });
});
