import { optionalTestFiles, type AssertionType, type W3cSuite } from './w3cSuite.ts';

export interface OptionalCounts {
  testFile: string;
  type: Exclude<AssertionType, 'must'>;
  assertions: number;
  /** Passed by every annotation. */
  passedByAll: number;
  /** Passed by some annotations but not all (prefix or suffix at the very start or end of a seed, say). */
  passedBySome: number;
}

/**
 * How many of the suite's optional assertions (`should`, `may`) the annotations pass. Not
 * passing one only means an optional feature is not used (no `rights`, no `audience`):
 * the suite itself marks them `passAndContinue`.
 */
export function optionalCounts(suite: W3cSuite, annotations: readonly unknown[]): OptionalCounts[] {
  const out: OptionalCounts[] = [];
  for (const testFile of optionalTestFiles) {
    for (const type of ['should', 'may'] as const) {
      const assertions = suite.assertions(testFile).filter((a) => a.type === type);
      const passes = assertions.map((a) => annotations.filter((x) => a.validate(x).passed).length);
      out.push({
        testFile,
        type,
        assertions: assertions.length,
        passedByAll: passes.filter((n) => n === annotations.length).length,
        passedBySome: passes.filter((n) => n > 0 && n < annotations.length).length,
      });
    }
  }
  return out;
}

export const formatCounts = (counts: readonly OptionalCounts[]) =>
  counts.map((c) => `${c.testFile}: ${c.type} ${c.passedByAll}/${c.assertions} passed by every annotation, ${c.passedBySome} more by some`).join('\n');
