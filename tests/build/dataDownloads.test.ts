import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { downloads } from '../../src/export/downloads.ts';
import { locales } from '../../src/i18n/locales.ts';
import { uiStrings } from '../../src/i18n/ui/index.ts';
import { builds, readPage } from '../support/dist.ts';

// The oracle is corpus.json (the model as exported) and git, never the CSV writer's own
// column functions: every expected field below is derived here, independently.
const csvFiles = ['annotations.csv', 'figures.csv', 'indicators.csv'] as const;
const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
const fullHistory = git(['rev-parse', '--is-shallow-repository']).stdout?.trim() === 'false';

type Row = Record<string, string>;
const readCsv = (dir: string, file: string) => {
  const bytes = readFileSync(`${dir}/data/${file}`);
  const rows = parse(bytes, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false }) as Row[];
  const header = parse(bytes, { bom: true, to_line: 1 })[0] as string[];
  return { bytes, text: bytes.toString('utf8'), rows, header };
};
const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const ids = (list: readonly (string | number)[]) => list.join(' ');

describe.each(builds)('CSV downloads in $dir/data/', ({ dir, base }) => {
  const data = JSON.parse(readFileSync(`${dir}/data/corpus.json`, 'utf8')) as CorpusExport;
  // The sub-path build sets SITE_URL=https://example.org: permalinks are then absolute.
  const origin = dir === 'dist-subpath' ? 'https://example.org' : '';
  const link = (locale: string, route: string, fragment: string) => `${origin}${base}${locale}/${route}#${fragment}`;
  const localeColumns = [['en', 'en'], ['zh_hans', 'zh-hans'], ['zh_hant', 'zh-hant']] as const;

  it.each(csvFiles)('%s is UTF-8 with a BOM, CRLF record ends and RFC 4180 quoting', (file) => {
    const { bytes, text } = readCsv(dir, file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line end is CRLF and no quote is stray.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside).not.toContain('"');
    // Strict parsing: a field with a stray quote or a ragged row throws.
    expect(() => parse(bytes, { bom: true, relax_column_count: false })).not.toThrow();
  });

  it('annotations.csv: one row per annotation of corpus.json, every field equal to the model', () => {
    const { rows } = readCsv(dir, 'annotations.csv');
    expect(rows).toHaveLength(data.annotations.length);
    const groupOf = (kind: string) => (['measure', 'target', 'figure', 'institution'].includes(kind) ? 'policy' : ['context', 'defect'].includes(kind) ? 'context' : 'furniture');
    rows.forEach((row, i) => {
      const a = data.annotations[i]!;
      const expected: Row = {
        id: a.id,
        document: a.document,
        jurisdiction: a.jurisdiction,
        kind: a.kind,
        kind_group: groupOf(a.kind),
        themes: ids(a.themes),
        terms: ids(a.terms),
        links: ids(a.links),
        quote: a.quote,
        start: String(a.start),
        end: String(a.end),
        paragraphs: ids(a.paragraphs),
        figure_count: String(a.figures.length),
        note_en: a.note.en,
        note_zh_hans: a.note['zh-Hans'],
        note_zh_hant: a.note['zh-Hant'],
      };
      for (const [col, locale] of localeColumns) expected[`permalink_${col}`] = link(locale, `documents/${a.document}/`, `a-${a.id}`);
      expect(row, a.id).toEqual(expected);
    });
  });

  it('figures.csv: one row per figure of corpus.json, every field equal to the model, damaged figures empty', () => {
    const { rows } = readCsv(dir, 'figures.csv');
    const figures = data.annotations.flatMap((a) => a.figures.map((f, i) => ({ a, f, n: i + 1 })));
    expect(rows).toHaveLength(figures.length);
    rows.forEach((row, i) => {
      const { a, f, n } = figures[i]!;
      const named = f.scope !== null && typeof f.scope === 'object' ? f.scope : null;
      const perYear = f.value !== null && f.unit === 'CNY' ? (f.period === 'month' ? f.value * 12 : f.period === 'year' ? f.value : null) : null;
      expect(row, `${a.id} #${n}`).toEqual({
        annotation: a.id,
        n: String(n),
        document: a.document,
        jurisdiction: a.jurisdiction,
        value: cell(f.value),
        unit: f.unit,
        period: cell(f.period),
        year: cell(f.year),
        scope: named ? 'named' : cell(f.scope as string | null),
        scope_name_en: cell(named?.en),
        scope_name_zh_hans: cell(named?.['zh-Hans']),
        measure: cell(f.measure),
        status: f.status,
        raw: f.raw,
        value_per_year: cell(perYear),
      });
      if (f.status !== 'stated') expect(row.value).toBe('');
    });
    // The normalised column is really filled where it applies (periodic money exists).
    expect(rows.some((r) => r.value_per_year !== '')).toBe(true);
  });

  it('indicators.csv: one row per coded cell of corpus.json, every field equal to the model', () => {
    const { rows } = readCsv(dir, 'indicators.csv');
    expect(rows).toHaveLength(data.cells.length);
    const themeOf = new Map(data.indicators.map((x) => [x.id, x.theme]));
    rows.forEach((row, i) => {
      const c = data.cells[i]!;
      const expected: Row = {
        indicator: c.indicator,
        theme: themeOf.get(c.indicator)!,
        jurisdiction: c.jurisdiction,
        code: c.code,
        level: String(c.level),
        text_en: c.text.en,
        text_zh_hans: c.text['zh-Hans'],
        text_zh_hant: c.text['zh-Hant'],
        annotations: ids(c.annotations),
      };
      for (const [col, locale] of localeColumns) expected[`permalink_${col}`] = link(locale, `themes/${expected.theme}/`, `c-${c.indicator}--${c.jurisdiction}`);
      expect(row, `${c.indicator}|${c.jurisdiction}`).toEqual(expected);
    });
  });

  it('keeps Chinese intact through a spreadsheet-style round trip (BOM, then UTF-8)', () => {
    const { rows } = readCsv(dir, 'annotations.csv');
    const jinhua = rows.filter((r) => r.document === 'jinhua-best-cases');
    expect(jinhua.length).toBeGreaterThan(0);
    // Most Jinhua passages are Chinese (its scraped "." furniture is not).
    expect(jinhua.filter((r) => /\p{Script=Han}/u.test(r.quote ?? "")).length).toBeGreaterThan(jinhua.length / 2);
    for (const r of rows) {
      expect(r.note_zh_hans).toMatch(/\p{Script=Han}/u);
      expect(`${r.note_zh_hans}${r.note_zh_hant}${r.quote}`).not.toContain('\ufffd');
    }
    // Decoding as UTF-8 and encoding again gives the same bytes: nothing was lost.
    const { bytes, text } = readCsv(dir, 'indicators.csv');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
  });

  it('every permalink points at an element that exists in the built page', () => {
    if (origin) return; // checked on the root build, where permalinks are site paths
    for (const file of ['annotations.csv', 'indicators.csv']) {
      const pages = new Map<string, Set<string>>();
      for (const row of readCsv(dir, file).rows) {
        for (const [col] of localeColumns) {
          const [path, fragment] = row[`permalink_${col}`]!.split('#') as [string, string];
          const target = `${dir}${path}index.html`;
          if (!pages.has(target)) pages.set(target, new Set(readPage(dir, target.slice(dir.length + 1)).querySelectorAll('[id]').map((e) => e.id)));
          expect(pages.get(target)!.has(fragment), `${file}: ${row[`permalink_${col}`]}`).toBe(true);
        }
      }
    }
  });
});

describe.each(builds)('the data page in $dir', ({ dir, base }) => {
  const data = JSON.parse(readFileSync(`${dir}/data/corpus.json`, 'utf8')) as CorpusExport;

  it.each(locales)('%s lists every download with the size of the file actually written, raw and gzip', (locale) => {
    const page = readPage(dir, `${locale}/data/index.html`);
    const listed = page.querySelectorAll('[data-download]');
    // Every entry of downloads.ts (siblings add theirs there), and at least the four this suite knows.
    const paths = listed.map((s) => s.getAttribute('data-download'));
    expect(paths).toEqual(downloads.map((d) => d.path));
    expect(paths).toEqual(expect.arrayContaining(['data/corpus.json', ...csvFiles.map((f) => `data/${f}`)]));
    for (const section of listed) {
      const path = section.getAttribute('data-download')!;
      const file = `${dir}/${path}`;
      expect(existsSync(file), file).toBe(true);
      expect(Number(section.getAttribute('data-bytes')), path).toBe(statSync(file).size);
      expect(Number(section.getAttribute('data-gzip-bytes')), path).toBe(gzipSync(readFileSync(file)).length);
      expect(section.querySelector('a')?.getAttribute('href')).toBe(`${base}${path}`);
    }
  });

  it.each(locales)('%s documents exactly the columns each CSV has, and its row count', (locale) => {
    const page = readPage(dir, `${locale}/data/index.html`);
    for (const file of csvFiles) {
      const section = page.querySelector(`[data-download="data/${file}"]`)!;
      const { header, rows } = readCsv(dir, file);
      expect(section.querySelectorAll('tbody th code').map((c) => c.text)).toEqual(header);
      expect(Number(section.getAttribute('data-rows'))).toBe(rows.length);
    }
  });

  it.each(locales)('%s states the licence, and every source’s web address or "not stated"', (locale) => {
    const page = readPage(dir, `${locale}/data/index.html`);
    const ui = uiStrings(locale);
    expect(page.querySelector('#licence + p')!.text).toMatch(/CC BY 4\.0/);
    expect(page.querySelector('a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    for (const d of data.documents) {
      const td = page.querySelector(`tr[data-document="${d.id}"] .source-url`)!;
      expect(td.text.trim(), d.id).toBe(d.sourceUrl ?? ui.sourceUrlNotStated);
      const reader = readPage(dir, `${locale}/documents/${d.id}/index.html`).querySelector('.source-url dd')!;
      expect(reader.text.trim(), `${locale} reader ${d.id}`).toBe(d.sourceUrl ?? ui.sourceUrlNotStated);
    }
  });

  it.each(locales)('%s counts annotations in groups that add up, and figures and cells as corpus.json has them', (locale) => {
    const page = readPage(dir, `${locale}/data/index.html`);
    const groupCounts = page.querySelectorAll('[data-counts="groups"] tbody td.num').map((td) => Number(td.text.replace(/\D/g, '')));
    expect(groupCounts.reduce((x, y) => x + y, 0)).toBe(data.annotations.length);
    const furniture = data.annotations.filter((a) => a.kind === 'boilerplate').length;
    expect(Number(page.querySelector('[data-group="furniture"] td.num')!.text.replace(/\D/g, ''))).toBe(furniture);
    const figures = data.annotations.flatMap((a) => a.figures);
    const damaged = figures.filter((f) => f.status !== 'stated').length;
    const figureText = page.querySelector('[data-counts="figures"]')!.text;
    for (const n of [figures.length, damaged]) expect(figureText).toContain(String(n));
    const cellText = page.querySelector('[data-counts="cells"]')!.text;
    const possible = data.indicators.length * data.jurisdictions.length;
    for (const n of [data.cells.length, possible, possible - data.cells.length, data.cells.filter((c) => c.level === 0).length]) expect(cellText).toContain(String(n));
  });

  it.each(locales)('%s dates the data and lists content changes from git log, or says there is no history', (locale) => {
    const page = readPage(dir, `${locale}/data/index.html`);
    const version = page.querySelector('[data-data-version]')!;
    if (!fullHistory) {
      expect(version.text.trim()).toBe(uiStrings(locale).dataVersionNoHistory);
      return;
    }
    const log = git(['log', '-n30', '--format=%cs %H', '--', 'content']).stdout.trim().split('\n').map((l) => l.split(' '));
    expect(version.getAttribute('data-data-version')).toBe(log[0]![1]);
    expect(version.querySelector('time')?.getAttribute('datetime')).toBe(log[0]![0]);
    const rows = page.querySelectorAll('.changelog tbody tr');
    expect(rows.map((r) => [r.querySelector('time')!.getAttribute('datetime'), r.getAttribute('data-commit')])).toEqual(log);
  });

  it('is linked from every page footer and from the method page', () => {
    for (const locale of locales) {
      for (const route of ['', 'about/', 'compare/']) {
        const hrefs = readPage(dir, `${locale}/${route}index.html`).querySelectorAll('footer a').map((a) => a.getAttribute('href'));
        expect(hrefs, `${locale}/${route}`).toContain(`${base}${locale}/data/`);
      }
      expect(readPage(dir, `${locale}/about/index.html`).querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('../data/');
    }
  });
});
