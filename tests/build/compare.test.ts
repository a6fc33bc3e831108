import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { locales } from '../../src/i18n/locales.ts';
import { readPage } from '../support/dist.ts';

const data = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as CorpusExport;
const substantive = data.annotations.filter((a) => a.kind !== 'boilerplate');
const policyKinds = ['measure', 'target', 'figure', 'institution'];
const byId = new Map(data.annotations.map((a) => [a.id, a]));
const cellOf = (indicator: string, jurisdiction: string) => data.cells.find((c) => c.indicator === indicator && c.jurisdiction === jurisdiction);
/** Every national ↔ local link: a local annotation linking to a national clause. */
const nationalLinks = data.annotations.flatMap((a) =>
  a.jurisdiction === 'national' ? [] : a.links.filter((l) => byId.get(l)!.jurisdiction === 'national').map((l) => ({ local: a, national: byId.get(l)! })),
);

describe('corpus.json carries the codebook', () => {
  it('indicators with bilingual labels and definitions, a scheme of codes, and measure keys that exist', () => {
    expect(data.indicators.length).toBeGreaterThanOrEqual(40);
    const measures = new Set(data.measures.map((m) => m.id));
    for (const i of data.indicators) {
      expect(i.label.en && i.label['zh-Hans'] && i.definition.en && i.definition['zh-Hans'], i.id).toBeTruthy();
      expect(i.scheme[0]!.code).toBe('not-addressed');
      for (const m of i.measures) expect(measures.has(m), m).toBe(true);
      expect(i.measure).toBe(i.measures[0] ?? null);
    }
  });

  it('a cell for every indicator × jurisdiction, its code from its scheme, its text in three scripts', () => {
    expect(data.cells).toHaveLength(data.indicators.length * data.jurisdictions.length);
    for (const c of data.cells) {
      const indicator = data.indicators.find((i) => i.id === c.indicator)!;
      expect(indicator.scheme.map((s) => s.code)).toContain(c.code);
      expect(c.text.en.length && c.text['zh-Hans'].length && c.text['zh-Hant'].length).toBeGreaterThan(0);
      for (const id of c.annotations) expect(byId.get(id)!.jurisdiction).toBe(c.jurisdiction);
    }
  });
});

describe.each(locales)('comparison pages in %s', (locale) => {
  it.each(data.themes.map((t) => t.id))('theme %s: indicator table, chart, chain and every passage', (theme) => {
    const page = readPage('dist', `${locale}/themes/${theme}/index.html`);
    // Every passage of the theme, linked to its place in the source.
    const listed = new Set(page.querySelectorAll('.measure').map((m) => m.getAttribute('data-annotation')));
    const expected = substantive.filter((a) => a.themes.includes(theme));
    expect([...listed].sort()).toEqual(expected.map((a) => a.id).sort());
    for (const a of expected) expect(page.querySelector(`a[href$="/documents/${a.document}/#a-${a.id}"]`), a.id).not.toBeNull();
    for (const j of data.jurisdictions) expect(page.querySelector(`[id="j-${j.id}"]`), j.id).not.toBeNull();

    // The indicator table: one row per indicator, one cell per jurisdiction with its code and text.
    const indicators = data.indicators.filter((i) => i.theme === theme);
    expect(page.querySelectorAll('.indicator-table tbody tr')).toHaveLength(indicators.length);
    for (const i of indicators) {
      for (const j of data.jurisdictions) {
        const td = page.querySelector(`td[id="c-${i.id}--${j.id}"]`)!;
        const cell = cellOf(i.id, j.id)!;
        expect(td, `${i.id} × ${j.id}`).not.toBeNull();
        expect(td.getAttribute('data-level')).toBe(String(cell.level));
        expect(td.querySelector('.cell__text')!.text).toBe(cell.text[locale === 'en' ? 'en' : locale === 'zh-hans' ? 'zh-Hans' : 'zh-Hant']);
        expect(td.querySelectorAll('.cell__passages a')).toHaveLength(cell.annotations.length);
      }
    }

    // At least one titled, described SVG chart, whose cells link into the table.
    const grid = page.querySelector(`svg[aria-labelledby="indicators-${theme}-title indicators-${theme}-desc"]`)!;
    expect(grid).not.toBeNull();
    expect(grid.querySelector('title')!.text.length).toBeGreaterThan(5);
    expect(grid.querySelector('desc')!.text.length).toBeGreaterThan(20);
    const links = grid.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(indicators.length * data.jurisdictions.length);
    for (const href of links) expect(page.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull();

    // Every national ↔ local link with an end on this theme, in the chain section.
    for (const { local, national } of nationalLinks.filter((l) => l.local.themes.includes(theme) || l.national.themes.includes(theme))) {
      const row = page.querySelector(`#chain li[data-national="${national.id}"]`);
      expect(row, `${national.id} on ${theme}`).not.toBeNull();
      expect(row!.querySelector(`li[data-local="${local.id}"] a[href$="#a-${local.id}"]`), `${local.id} → ${national.id}`).not.toBeNull();
    }
  });

  it('every jurisdiction page lists all its passages and each coded answer', () => {
    for (const j of data.jurisdictions) {
      const file = `dist/${locale}/jurisdictions/${j.id}/index.html`;
      expect(existsSync(file), file).toBe(true);
      const page = readPage('dist', `${locale}/jurisdictions/${j.id}/index.html`);
      const ids = new Set(page.querySelectorAll('.measure').map((m) => m.getAttribute('data-annotation')));
      const expected = substantive.filter((a) => a.jurisdiction === j.id && a.themes.length > 0).map((a) => a.id);
      expect([...ids].sort()).toEqual([...new Set(expected)].sort());
      expect(page.querySelectorAll('#coding [data-indicator]')).toHaveLength(data.indicators.length);
      // Links up to national clauses and down to local measures.
      for (const { local, national } of nationalLinks.filter((l) => l.local.jurisdiction === j.id || l.national.jurisdiction === j.id)) {
        const from = j.id === 'national' ? national : local;
        const to = j.id === 'national' ? local : national;
        const item = page.querySelector(`.measure[data-annotation="${from.id}"]`);
        if (item) expect(item.querySelector(`.note__related a[href$="#a-${to.id}"]`), `${from.id} → ${to.id}`).not.toBeNull();
      }
    }
  });

  it('the compare matrix: labelled totals and cells whose counts equal corpus.json, each linking to a theme-page cell', () => {
    const page = readPage('dist', `${locale}/compare/index.html`);
    const svg = page.querySelector('svg[aria-labelledby="coverage-matrix-title coverage-matrix-desc"]')!;
    expect(svg.querySelector('title')!.text.length).toBeGreaterThan(5);
    const svgLinks = svg.querySelectorAll('a');
    expect(svgLinks).toHaveLength(data.themes.length * data.jurisdictions.length);

    const totals = page.querySelector('[data-totals]')!.text;
    const furniture = data.annotations.length - substantive.length;
    const policy = data.annotations.filter((a) => policyKinds.includes(a.kind)).length;
    for (const n of [data.annotations.length, policy, substantive.length - policy, furniture]) expect(totals).toContain(String(n));

    for (const row of page.querySelectorAll('.matrix-table tbody tr')) {
      const theme = row.getAttribute('data-filter-theme')!;
      const indicators = data.indicators.filter((i) => i.theme === theme);
      for (const cell of row.querySelectorAll('td')) {
        const j = cell.getAttribute('data-filter-jurisdiction')!;
        const here = data.annotations.filter((a) => a.jurisdiction === j && a.themes.includes(theme));
        expect(Number(cell.getAttribute('data-policy')), `${theme} × ${j}`).toBe(here.filter((a) => policyKinds.includes(a.kind)).length);
        expect(Number(cell.getAttribute('data-context')), `${theme} × ${j}`).toBe(here.filter((a) => ['context', 'defect'].includes(a.kind)).length);
        expect(Number(cell.getAttribute('data-indicators'))).toBe(indicators.length);
        expect(Number(cell.getAttribute('data-addressed'))).toBe(indicators.filter((i) => cellOf(i.id, j)!.level > 0).length);
        const href = cell.querySelector('a')!.getAttribute('href')!;
        expect(href).toBe(`/${locale}/themes/${theme}/#c-${indicators[0]!.id}--${j}`);
        expect(svgLinks.some((a) => a.getAttribute('href') === href)).toBe(true);
      }
    }
  });

  it('the codebook page has every indicator at its anchor, and the scale', () => {
    const page = readPage('dist', `${locale}/codebook/index.html`);
    for (const i of data.indicators) expect(page.querySelector(`[id="i-${i.id}"]`), i.id).not.toBeNull();
    expect(page.querySelectorAll('#scale + .table-wrap tbody tr')).toHaveLength(data.indicators[0]!.scheme.length);
  });
});
