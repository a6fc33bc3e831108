import type { Corpus } from '../corpus/loadCorpus.ts';
import { normaliseFigure } from '../compare/normaliseFigure.ts';
import { kindGroupOf, kindGroups, type KindGroup } from '../schemas/annotation.ts';

/**
 * What the downloads count, for the data page: annotations by the groups every page
 * counts in, figures by status (damaged ones have no value), and coded cells against the
 * indicator × jurisdiction grid (a missing cell is "not yet coded", not "not addressed").
 */
export function dataCounts(corpus: Corpus) {
  const figures = corpus.annotations.flatMap((a) => a.figures);
  const byGroup = Object.fromEntries((Object.keys(kindGroups) as KindGroup[]).map((g) => [g, 0])) as Record<KindGroup, number>;
  for (const a of corpus.annotations) byGroup[kindGroupOf(a.kind)] += 1;
  const possible = corpus.codebook.indicators.length * corpus.jurisdictions.length;
  const count = (status: string) => figures.filter((f) => f.status === status).length;
  return {
    documents: corpus.documents.length,
    annotations: corpus.annotations.length,
    byGroup,
    figures: {
      total: figures.length,
      stated: count('stated'),
      missing: count('missing-in-source'),
      garbled: count('garbled-in-source'),
      damaged: figures.length - count('stated'),
      perYear: figures.filter((f) => normaliseFigure(f).perYear !== null).length,
    },
    cells: {
      coded: corpus.codebook.cells.length,
      possible,
      indicators: corpus.codebook.indicators.length,
      jurisdictions: corpus.jurisdictions.length,
      notAddressed: corpus.codebook.cells.filter((c) => c.level === 0).length,
      notYetCoded: possible - corpus.codebook.cells.length,
    },
  };
}
