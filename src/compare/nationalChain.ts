import type { Annotation, Corpus } from '../corpus/loadCorpus.ts';

/** A national clause and the local measures that link to it as carrying it out. */
export interface ChainLink {
  national: Annotation;
  /** Local measures linking to the clause, grouped in jurisdiction order, reading order within. */
  local: Annotation[];
}

/**
 * The national → local chain of a theme: every link between a local annotation and a
 * national clause where either end carries the theme, grouped by national clause in the
 * opinion's reading order. So each link shows on the theme pages of both its ends.
 */
export function nationalChain(corpus: Corpus, themeId: string, jurisdictionOrder: readonly string[]): ChainLink[] {
  const chains: ChainLink[] = [];
  for (const national of corpus.annotations) {
    if (corpus.jurisdictionById.get(national.jurisdiction)?.level !== 'national') continue;
    const local = national.linkedFrom
      .map((id) => corpus.annotationById.get(id)!)
      .filter((a) => a.jurisdiction !== national.jurisdiction && (national.themes.includes(themeId) || a.themes.includes(themeId)))
      .sort((a, b) => jurisdictionOrder.indexOf(a.jurisdiction) - jurisdictionOrder.indexOf(b.jurisdiction) || a.start - b.start);
    if (local.length) chains.push({ national, local });
  }
  return chains;
}
