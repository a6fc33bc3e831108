import { annotatedCompletely } from '../corpus/annotatedCompletely.ts';
import type { Annotation, Corpus, SourceDocument } from '../corpus/loadCorpus.ts';
import { kindGroupOf, type KindGroup } from '../schemas/annotation.ts';
import { orderedJurisdictions } from './orderedJurisdictions.ts';
import { codingSummary, indicatorTable, type CodingSummary } from './indicatorTable.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { Measure } from '../schemas/measure.ts';

/** How a jurisdiction relates to a theme, kept distinct so absence is never mistaken for silence. */
export type ThemeStatus = 'addressed' | 'not-addressed' | 'not-annotated';

export interface JurisdictionSection {
  jurisdiction: Jurisdiction;
  documents: SourceDocument[];
  /** Annotations of this theme, in reading order; page furniture excluded. */
  annotations: Annotation[];
  /** How many of them are policy passages and how many context. */
  counts: { policy: number; context: number };
  status: ThemeStatus;
}

export interface FigureCell {
  figure: Figure;
  annotation: Annotation;
}

/** One comparable quantity (a measure key and unit) across jurisdictions. */
export interface FigureRow {
  measure: Measure;
  unit: Figure['unit'];
  cells: Map<string, FigureCell[]>;
  /** Jurisdictions that state a usable value (for charting). */
  stated: number;
}

export interface ThemeComparison {
  sections: JurisdictionSection[];
  rows: FigureRow[];
}

export function themeComparison(corpus: Corpus, themeId: string): ThemeComparison {
  const sections = orderedJurisdictions(corpus).map((jurisdiction) => {
    const documents = corpus.documents.filter((d) => d.jurisdiction === jurisdiction.id);
    const annotations = documents.flatMap((d) => d.annotations).filter((a) => kindGroupOf(a.kind) !== 'furniture' && a.themes.includes(themeId));
    const policy = annotations.filter((a) => kindGroupOf(a.kind) === 'policy').length;
    const complete = annotatedCompletely(documents);
    const status: ThemeStatus = annotations.length ? 'addressed' : complete ? 'not-addressed' : 'not-annotated';
    return { jurisdiction, documents, annotations, counts: { policy, context: annotations.length - policy }, status };
  });

  const measureById = new Map(corpus.measures.map((m) => [m.id, m]));
  const rows = new Map<string, FigureRow>();
  for (const { jurisdiction, annotations } of sections) {
    for (const annotation of annotations) {
      for (const figure of annotation.figures) {
        const measure = figure.measure ? measureById.get(figure.measure) : undefined;
        if (!measure) continue;
        const key = `${measure.id}|${figure.unit}`;
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { measure, unit: figure.unit, cells: new Map(), stated: 0 }));
        const cell = row.cells.get(jurisdiction.id) ?? [];
        // A press conference repeats its headline numbers (25.62万 new jobs twice): one
        // stated figure is one fact, shown once, from the first passage that states it.
        const same = (c: FigureCell) =>
          figure.value !== null && c.figure.value === figure.value && c.figure.period === figure.period && c.figure.year === figure.year && JSON.stringify(c.figure.scope) === JSON.stringify(figure.scope);
        if (!cell.some(same)) cell.push({ figure, annotation });
        row.cells.set(jurisdiction.id, cell);
      }
    }
  }
  for (const row of rows.values()) {
    row.stated = [...row.cells.values()].filter((cell) => cell.some((c) => c.figure.value !== null)).length;
  }
  return { sections, rows: [...rows.values()].sort((a, b) => b.cells.size - a.cells.size || a.measure.id.localeCompare(b.measure.id)) };
}

/** One theme × jurisdiction cell of the compare matrix. */
export interface MatrixCell {
  /** Policy passages (measures, targets, figures, institutions) carrying the theme. */
  policy: number;
  /** Context passages (headings, background, defects) carrying the theme. */
  context: number;
  coding: CodingSummary;
}

/**
 * Themes × jurisdictions. Passages are counted by kind group, never mixed; a passage with
 * several themes counts once in each of their rows, so the rows add up to more than the
 * number of passages, which `totals` gives once each.
 */
export function coverageMatrix(corpus: Corpus): {
  themes: string[];
  jurisdictions: string[];
  cells: MatrixCell[][];
  totals: Record<KindGroup, number>;
} {
  const ordered = orderedJurisdictions(corpus);
  const jurisdictions = ordered.map((j) => j.id);
  const themes = corpus.themes.map((t) => t.id);
  const cells = themes.map((t) => {
    const table = indicatorTable(corpus, t, ordered);
    return jurisdictions.map((j, column) => {
      const here = corpus.annotations.filter((a) => a.jurisdiction === j && a.themes.includes(t));
      const count = (group: KindGroup) => here.filter((a) => kindGroupOf(a.kind) === group).length;
      return { policy: count('policy'), context: count('context'), coding: codingSummary(table, column) };
    });
  });
  const totals = { policy: 0, context: 0, furniture: 0 };
  for (const a of corpus.annotations) totals[kindGroupOf(a.kind)]++;
  return { themes, jurisdictions, cells, totals };
}
