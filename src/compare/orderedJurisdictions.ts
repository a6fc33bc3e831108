import type { Corpus } from '../corpus/loadCorpus.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';

const levelOrder = { national: 0, region: 1, city: 2 } as const;

/** National frame first, then the region, then the cities, in content order. */
export function orderedJurisdictions(corpus: Corpus): Jurisdiction[] {
  return [...corpus.jurisdictions].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}
