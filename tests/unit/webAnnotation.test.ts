import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Annotation, type SourceDocument } from '../../src/corpus/loadCorpus.ts';
import { annotationTimes } from '../../src/webAnnotation/annotationTimes.ts';
import { codePointOffset, codePointsAfter, codePointsBefore, sliceCodePoints } from '../../src/webAnnotation/codePoints.ts';
import { canonicalAnnotationIri, iriBase, uuidV5 } from '../../src/webAnnotation/iris.ts';
import { annotationCollection, annotationPage, annotationPageDocuments, webAnnotation, type WebAnnotation } from '../../src/webAnnotation/webAnnotationExport.ts';
import { git } from '../support/scratchGit.ts';
import { loadW3cSuite } from '../support/w3cSuite.ts';

describe('code points, not UTF-16 units', () => {
  // 𠮷 (U+20BB7, CJK Extension B) is one code point but two UTF-16 units.
  const text = '共同富裕𠮷示范区：到2025年，城乡居民收入倍差缩小。';
  const quote = '城乡居民收入倍差';
  const start = text.indexOf(quote);

  it('counts a BMP hanzi as one, and an astral hanzi as one where JavaScript counts two', () => {
    expect(codePointOffset('共同富裕', 2)).toBe(2);
    expect(start).toBe(17);
    expect(codePointOffset(text, start)).toBe(16);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  it('selects the same text by code points as the JavaScript slice does by units', () => {
    const from = codePointOffset(text, start);
    expect(sliceCodePoints(text, from, from + [...quote].length)).toBe(quote);
  });

  it('refuses an offset inside a surrogate pair', () => {
    expect(() => codePointOffset(text, text.indexOf('𠮷') + 1)).toThrow(/surrogate/);
  });

  it('takes prefix and suffix by code points and never splits a pair', () => {
    expect(codePointsBefore(text, text.indexOf('示'), 2)).toBe('裕𠮷');
    expect(codePointsAfter(text, text.indexOf('𠮷'), 1)).toBe('𠮷');
    expect(codePointsBefore(text, 2, 32)).toBe('共同');
    expect(codePointsAfter(text, text.length - 1, 32)).toBe('。');
  });
});

describe('identifiers', () => {
  it('makes RFC 9562 version-5 UUIDs (checked against a published vector)', () => {
    // uuid5(NAMESPACE_DNS, "python.org") from Python's uuid documentation.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(canonicalAnnotationIri('x')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(canonicalAnnotationIri('x')).not.toBe(canonicalAnnotationIri('y'));
  });

  it('resolves build paths against SITE_URL and BASE_PATH, or the reserved .invalid host', () => {
    expect(iriBase(undefined, '/')).toBe('https://policy-atlas.invalid/');
    expect(iriBase(undefined, '/policy-atlas/')).toBe('https://policy-atlas.invalid/policy-atlas/');
    expect(iriBase('https://example.org', '/policy-atlas/')).toBe('https://example.org/policy-atlas/');
  });
});

const corpus = loadCorpus(process.cwd());
const options = { base: 'https://policy-atlas.invalid/', times: new Map() };
const exported = corpus.documents.flatMap((d) => d.annotations.map((a) => webAnnotation(d, a, options)));
const suite = loadW3cSuite();
const musts = suite.assertions('annotationMusts.test');

describe('the W3C suite’s must assertions', () => {
  it('fail loudly when the suite is missing, never skip', () => {
    expect(() => loadW3cSuite(join(tmpdir(), 'no-such-web-annotation-tests'))).toThrow(/W3C Web Annotation test suite is missing.*shared\/peer\/web-annotation-tests/);
  });

  it('lists 54 must assertions, all loaded', () => {
    expect(musts).toHaveLength(54);
    expect(musts.every((m) => m.type === 'must')).toBe(true);
  });

  it('are all passed by every annotation of the corpus', () => {
    expect(exported).toHaveLength(corpus.annotations.length);
    const failures = exported.flatMap((a) => musts.map((m) => ({ id: a.id, m, r: m.validate(a) })).filter((x) => !x.r.passed));
    expect(failures.map((f) => `${f.id}: ${f.m.path}: ${f.r.errors}`)).toEqual([]);
  });

  // Control annotations, each a real one broken in one way the model forbids: each must
  // fail the assertion named, which shows the validator is not passing everything.
  const sample = exported[0]!;
  const broken = (change: (a: Record<string, unknown>) => void) => {
    const copy = structuredClone(sample) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const target = (a: Record<string, unknown>) => a['target'] as { source: { id: string }; selector: Record<string, unknown>[] };
  it.each([
    ['a relative id', (a: Record<string, unknown>) => (a['id'] = 'data/annotations/x.jsonld#a'), 'annotations/3.1-annotationIdValidated.json'],
    ['no @context', (a: Record<string, unknown>) => delete a['@context'], 'annotations/3.1-annotationContextValidated.json'],
    ['no target', (a: Record<string, unknown>) => delete a['target'], 'annotations/3.1-targetKeyFound.json'],
    ['body and bodyValue', (a: Record<string, unknown>) => (a['bodyValue'] = 'note'), 'annotations/3.2.5-notBodyBodyValue.json'],
    ['created not a date-time', (a: Record<string, unknown>) => (a['created'] = '3 December 2026'), 'annotations/3.3.1-annotationCreatedValidated.json'],
    ['a TextQuoteSelector without exact', (a: Record<string, unknown>) => delete target(a).selector[0]!['exact'], 'annotations/specificResource/4.2.4-textQuoteSelectorValid.json'],
    ['a negative TextPositionSelector start', (a: Record<string, unknown>) => (target(a).selector[1]!['start'] = -1), 'annotations/specificResource/4.2-TextDataPositionSelectorValid.json'],
    ['a relative target source', (a: Record<string, unknown>) => (target(a).source.id = 'data/seeds/x.txt'), 'annotations/3.2-targetObjectsRecognized.json'],
  ])('a control annotation with %s fails', (_what, change, path) => {
    const control = broken(change);
    const assertion = musts.find((m) => m.path === path)!;
    expect(assertion, path).toBeDefined();
    expect(assertion.validate(control).passed).toBe(false);
    expect(musts.filter((m) => !m.validate(control).passed).length).toBeGreaterThan(0);
  });
});

describe('one annotation, with an astral character before it', () => {
  const text = '第一条𠮷 说明。\n城乡居民收入倍差缩小到1.9以内。';
  const quote = '城乡居民收入倍差缩小到1.9以内';
  const start = text.indexOf(quote);
  const doc = { id: 'toy', seed: 'seeds/toy.zh.txt', language: 'zh-Hans', text } as SourceDocument;
  const note = { en: '<p>Income <a href="#term:dibao">ratio</a>.</p>', 'zh-Hans': '<p>收入倍差。</p>', 'zh-Hant': '<p>收入倍差。</p>' };
  const a = { id: 'toy-ratio', kind: 'target', themes: ['income-distribution', 'rural'], quote, start, end: start + quote.length, noteHtml: note } as unknown as Annotation;
  const w = webAnnotation(doc, a, { base: 'https://example.org/atlas/', times: new Map([['toy-ratio', { created: '2026-11-20T09:00:00Z' }]]) }) as WebAnnotation;
  const [quoteSelector, positionSelector] = w.target.selector as unknown as [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number }];

  it('counts its TextPositionSelector in code points: one less than the JavaScript offset', () => {
    expect(positionSelector).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start - 1 + quote.length });
    expect(sliceCodePoints(text, positionSelector.start, positionSelector.end)).toBe(quote);
  });

  it('quotes exact, prefix and suffix from the text', () => {
    expect(quoteSelector).toEqual({ type: 'TextQuoteSelector', exact: quote, prefix: '第一条𠮷 说明。\n', suffix: '。' });
  });

  it('targets the served seed, with its language and format', () => {
    expect(w.target.source).toEqual({ id: 'https://example.org/atlas/data/seeds/toy.zh.txt', type: 'Text', format: 'text/plain', language: 'zh-Hans' });
    expect(w.id).toBe('https://example.org/atlas/data/annotations/toy.jsonld#toy-ratio');
  });

  it('gives the note in three languages as HTML, the kind as classifying and themes as tags', () => {
    const [choice, kind, ...tags] = w.body as unknown as [{ type: string; items: { language: string; format: string; purpose: string; value: string }[] }, { purpose: string; value: string }, ...{ purpose: string; value: string }[]];
    expect(choice.type).toBe('Choice');
    expect(choice.items.map((i) => [i.language, i.format, i.purpose])).toEqual([
      ['en', 'text/html', 'describing'],
      ['zh-Hans', 'text/html', 'describing'],
      ['zh-Hant', 'text/html', 'describing'],
    ]);
    // Glossary links point at the glossary of the note's own locale, absolutely.
    expect(choice.items[0]!.value).toContain('href="https://example.org/atlas/en/glossary/#t-dibao"');
    expect([kind.purpose, kind.value]).toEqual(['classifying', 'target']);
    expect(tags.map((t) => [t.purpose, t.value])).toEqual([['tagging', 'income-distribution'], ['tagging', 'rural']]);
  });

  it('states created when known and leaves modified out when it is not', () => {
    expect(w.created).toBe('2026-11-20T09:00:00Z');
    expect('modified' in w).toBe(false);
    for (const m of musts) expect(m.validate(w).passed, m.path).toBe(true);
  });
});

describe('collection and pages', () => {
  const collection = annotationCollection(corpus, options);
  const pages = annotationPageDocuments(corpus).map((id) => annotationPage(corpus, id, options));

  it('pages hold every annotation once, in order, linked first → next → last', () => {
    expect(collection.total).toBe(corpus.annotations.length);
    expect(pages.flatMap((p) => p.items.map((i) => i.id.split('#')[1]))).toEqual(corpus.annotations.map((a) => a.id));
    expect(collection.first).toBe(pages[0]!.id);
    expect(collection.last).toBe(pages.at(-1)!.id);
    pages.forEach((p, i) => {
      expect(p.partOf.id).toBe(collection.id);
      expect(p.startIndex).toBe(pages.slice(0, i).reduce((n, q) => n + q.items.length, 0));
      expect((p as { next?: string }).next).toBe(pages[i + 1]?.id);
      expect((p as { prev?: string }).prev).toBe(pages[i - 1]?.id);
    });
  });
});

describe('created and modified from git', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'anno-times-'));
  const repo = join(scratch, 'repo');
  const file = 'content/annotations/doc.md';
  const block = (id: string, note: string) => `:::annotation{#${id} kind=measure}\n> quote ${id}\n\n${note}\n\n---\n\n注释。\n:::\n`;
  const run = (args: string[], time?: string) => git(repo, args, time);
  const write = (text: string) => writeFileSync(join(repo, file), text);
  const blocks = [
    { id: 'a', line: 1 },
    { id: 'b', line: 10 },
    { id: 'c', line: 19 },
  ];
  beforeAll(() => {
    mkdirSync(join(repo, 'content/annotations'), { recursive: true });
    run(['init', '-q']);
    write(block('a', 'First.') + '\n' + block('b', 'Second.'));
    run(['add', '.']);
    run(['commit', '-q', '-m', 'a and b'], '2021-03-04T10:00:00+08:00');
    write(block('a', 'First.') + '\n' + block('b', 'Second, revised.'));
    run(['commit', '-q', '-am', 'revise b'], '2022-05-06T12:30:00Z');
    // c is written but never committed; a is edited without committing.
    write(block('a', 'First, edited.') + '\n' + block('b', 'Second, revised.') + '\n' + block('c', 'Third.'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('dates each block by its own lines, in UTC; unknown stays absent', () => {
    const times = annotationTimes(repo, [{ file, blocks }], {});
    expect(times.get('a')).toEqual({ created: '2021-03-04T02:00:00Z' });
    expect(times.get('b')).toEqual({ created: '2021-03-04T02:00:00Z', modified: '2022-05-06T12:30:00Z' });
    expect(times.get('c')).toEqual({});
  });

  it('gives no time at all without git', () => {
    const times = annotationTimes(repo, [{ file, blocks }], { git: join(scratch, 'no-such-git') });
    expect([...times.values()]).toEqual([]);
  });
});
