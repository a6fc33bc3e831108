import { describe, expect, it } from 'vitest';
import { comparableValue, normaliseFigure } from '../../src/compare/normaliseFigure.ts';
import { coverageMatrix, themeComparison } from '../../src/compare/themeComparison.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { readSelection, writeSelection } from '../../src/scripts/customComparison.ts';
import type { Figure } from '../../src/schemas/figure.ts';

const fig = (f: Partial<Figure>): Figure => ({ value: 1, unit: 'CNY', period: null, year: null, scope: null, measure: null, status: 'stated', raw: 'x', ...f });

describe('normaliseFigure', () => {
  it('converts money per month and per year into each other', () => {
    expect(normaliseFigure(fig({ value: 14000, period: 'year' }))).toEqual({ perMonth: 14000 / 12, perYear: 14000 });
    expect(normaliseFigure(fig({ value: 800, period: 'month' }))).toEqual({ perMonth: 800, perYear: 9600 });
  });
  it('leaves counts, undated amounts and lost values alone', () => {
    expect(normaliseFigure(fig({ value: 6200, unit: 'posts' }))).toEqual({ perMonth: null, perYear: null });
    expect(normaliseFigure(fig({ value: 5, unit: 'CNY' }))).toEqual({ perMonth: null, perYear: null });
    expect(normaliseFigure(fig({ value: null, status: 'missing-in-source', period: 'month' }))).toEqual({ perMonth: null, perYear: null });
  });
  it('compares periodic money per year', () => expect(comparableValue(fig({ value: 800, period: 'month' }))).toBe(9600));
});

describe('themeComparison', () => {
  const corpus = loadCorpus(process.cwd());

  it('orders the national frame first, then the region, then the cities', () => {
    const levels = themeComparison(corpus, 'housing').sections.map((s) => s.jurisdiction.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['national', 'region', 'city'].indexOf(a) - ['national', 'region', 'city'].indexOf(b)));
    expect(levels[0]).toBe('national');
  });

  it('keeps "not addressed" (complete source) apart from "not annotated" (incomplete source)', () => {
    const partial = { ...corpus, documents: corpus.documents.map((d) => ({ ...d, annotationStatus: 'partial' as const })) };
    const complete = { ...corpus, documents: corpus.documents.map((d) => ({ ...d, annotationStatus: 'complete' as const })) };
    const empty = (c: typeof corpus) => themeComparison(c, 'talent-mobility').sections.filter((s) => s.annotations.length === 0).map((s) => s.status);
    expect(new Set(empty(partial))).toEqual(new Set(['not-annotated']));
    expect(new Set(empty(complete))).toEqual(new Set(['not-addressed']));
  });

  it('puts figures with the same measure and unit in one row, by jurisdiction', () => {
    for (const theme of corpus.themes) {
      for (const row of themeComparison(corpus, theme.id).rows) {
        for (const cells of row.cells.values()) for (const c of cells) expect([c.figure.measure, c.figure.unit]).toEqual([row.measure.id, row.unit]);
      }
    }
  });

  it('shows a stated figure once per jurisdiction even when two passages repeat it', () => {
    for (const theme of corpus.themes) {
      for (const row of themeComparison(corpus, theme.id).rows) {
        for (const cells of row.cells.values()) {
          const stated = cells.filter((c) => c.figure.value !== null).map((c) => JSON.stringify([c.figure.value, c.figure.period, c.figure.year, c.figure.scope]));
          expect(new Set(stated).size).toBe(stated.length);
        }
      }
    }
    const jobs = themeComparison(corpus, 'employment').rows.find((r) => r.measure.id === 'new-urban-jobs')!;
    expect(jobs.cells.get('jinhua')!.filter((c) => c.figure.value === 256200)).toHaveLength(1);
  });

  it('counts the matrix by kind group, and its totals add up to every annotation', () => {
    const m = coverageMatrix(corpus);
    const sum = (pick: (c: (typeof m.cells)[number][number]) => number) => m.cells.flat().reduce((n, c) => n + pick(c), 0);
    const pairs = (kinds: readonly string[]) => corpus.annotations.filter((a) => kinds.includes(a.kind)).reduce((n, a) => n + a.themes.length, 0);
    expect(sum((c) => c.policy)).toBe(pairs(['measure', 'target', 'figure', 'institution']));
    expect(sum((c) => c.context)).toBe(pairs(['context', 'defect']));
    expect(m.totals.policy + m.totals.context + m.totals.furniture).toBe(corpus.annotations.length);
    expect(m.totals.furniture).toBe(corpus.annotations.filter((a) => a.kind === 'boilerplate').length);
  });
});

describe('custom comparison state in the URL', () => {
  const known = { jurisdictions: ['national', 'ningbo', 'jinhua'], themes: ['housing', 'health'] };
  it('reads the chosen jurisdictions and themes; absent or unknown means all', () => {
    const s = readSelection('?j=ningbo&j=nowhere&t=housing', known);
    expect([...s.jurisdictions]).toEqual(['ningbo']);
    expect([...s.themes]).toEqual(['housing']);
    expect(readSelection('', known).jurisdictions.size).toBe(3);
  });
  it('writes a short, stable query that round-trips', () => {
    const s = { jurisdictions: new Set(['jinhua', 'national']), themes: new Set(['housing', 'health']) };
    const query = writeSelection(s, known);
    expect(query).toBe('?j=national&j=jinhua');
    expect(readSelection(query, known)).toEqual(s);
    expect(writeSelection(readSelection('', known), known)).toBe('');
  });
});
