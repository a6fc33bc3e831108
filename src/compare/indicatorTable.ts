import { cellKey, type Cell, type Indicator } from '../codebook/loadCodebook.ts';
import type { Corpus } from '../corpus/loadCorpus.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import { orderedJurisdictions } from './orderedJurisdictions.ts';

/** One indicator of a theme with each jurisdiction's cell; `undefined` is "not yet coded". */
export interface IndicatorRow {
  indicator: Indicator;
  cells: (Cell | undefined)[];
}

/** A theme's indicators × jurisdictions, in codebook and jurisdiction order. */
export interface IndicatorTable {
  jurisdictions: Jurisdiction[];
  rows: IndicatorRow[];
}

export function indicatorTable(corpus: Corpus, themeId: string, jurisdictions: Jurisdiction[] = orderedJurisdictions(corpus)): IndicatorTable {
  const { codebook } = corpus;
  const rows = codebook.indicators
    .filter((i) => i.theme === themeId)
    .map((indicator) => ({ indicator, cells: jurisdictions.map((j) => codebook.cellByKey.get(cellKey(indicator.id, j.id))) }));
  return { jurisdictions, rows };
}

/** How one jurisdiction answers one theme's indicators, in summary (the compare matrix's cell). */
export interface CodingSummary {
  indicators: number;
  /** Cells coded above "not addressed". */
  addressed: number;
  /** Cells not yet coded at all. */
  uncoded: number;
  /** The highest-level cell, if any is coded above "not addressed". */
  strongest: Cell | undefined;
}

export function codingSummary(table: IndicatorTable, column: number): CodingSummary {
  const cells = table.rows.map((r) => r.cells[column]);
  const coded = cells.filter((c): c is Cell => c !== undefined);
  const strongest = coded.filter((c) => c.level > 0).sort((a, b) => b.level - a.level)[0];
  return { indicators: cells.length, addressed: coded.filter((c) => c.level > 0).length, uncoded: cells.length - coded.length, strongest };
}
