import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { locales } from '../../src/i18n/locales.ts';
import { readPage } from '../support/dist.ts';

const data = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as CorpusExport;
const substantive = data.annotations.filter((a) => a.kind !== 'boilerplate');

describe.each(locales)('comparison pages in %s', (locale) => {
  it.each(data.themes.map((t) => t.id))('theme %s lists every annotation of the theme, with a link to its passage', (theme) => {
    const page = readPage('dist', `${locale}/themes/${theme}/index.html`);
    const linked = new Set(page.querySelectorAll('.measure').map((m) => m.getAttribute('data-annotation')));
    const expected = substantive.filter((a) => a.themes.includes(theme));
    expect([...linked].sort()).toEqual(expected.map((a) => a.id).sort());
    for (const a of expected) expect(page.querySelector(`a[href$="/documents/${a.document}/#a-${a.id}"]`), a.id).not.toBeNull();
    for (const j of data.jurisdictions) expect(page.querySelector(`[id="j-${j.id}"]`), j.id).not.toBeNull();
  });

  it('every jurisdiction has a page listing all its measures', () => {
    for (const j of data.jurisdictions) {
      const file = `dist/${locale}/jurisdictions/${j.id}/index.html`;
      expect(existsSync(file), file).toBe(true);
      const ids = new Set(readPage('dist', `${locale}/jurisdictions/${j.id}/index.html`).querySelectorAll('.measure').map((m) => m.getAttribute('data-annotation')));
      const expected = substantive.filter((a) => a.jurisdiction === j.id && a.themes.length > 0).map((a) => a.id);
      expect([...ids].sort()).toEqual([...new Set(expected)].sort());
    }
  });

  it('the compare page has a titled, described SVG and a table whose counts equal corpus.json', () => {
    const page = readPage('dist', `${locale}/compare/index.html`);
    const svg = page.querySelector('svg#coverage-matrix, svg[aria-labelledby^="coverage-matrix"]')!;
    expect(svg).not.toBeNull();
    expect(svg.querySelector('title')!.text.length).toBeGreaterThan(5);
    expect(svg.querySelector('desc')!.text.length).toBeGreaterThan(5);
    for (const row of page.querySelectorAll('.matrix-table tbody tr')) {
      const theme = row.getAttribute('data-filter-theme')!;
      for (const cell of row.querySelectorAll('td')) {
        const j = cell.getAttribute('data-filter-jurisdiction')!;
        const expected = substantive.filter((a) => a.jurisdiction === j && a.themes.includes(theme)).length;
        expect(Number(cell.getAttribute('data-count')), `${theme} × ${j}`).toBe(expected);
        expect(Number(cell.querySelector('a')!.text)).toBe(expected);
      }
    }
  });
});
