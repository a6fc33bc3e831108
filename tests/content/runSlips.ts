import { afterAll, describe, expect, it } from 'vitest';
import { harness, printed, type Slip } from './slipHarness.ts';

/**
 * One test per slip (it fails with the expected file:line [id] message, or changes
 * nothing), then the invariant over all of them: every edit either fails the check or
 * leaves every annotation's id, quote, offsets, figures and rendered notes identical.
 */
export function runSlips(title: string, slips: Slip[]): void {
  describe(title, () => {
    const h = harness();
    afterAll(() => h.remove());

    it.each(slips.map((s) => [s.name, s] as const))('%s', (_, slip) => {
      const outcome = h.outcome(slip);
      if (slip.expect === 'identical') {
        expect(outcome.ok ? 'passes' : printed(outcome.problems)).toBe('passes');
        if (outcome.ok) expect(outcome.snapshot).toEqual(h.baseline());
        return;
      }
      const { file, line, id, message, atMost = 3 } = slip.expect;
      // loadCorpus throwing ContentError is what makes check:content exit 1.
      if (outcome.ok) throw new Error(`expected the check to fail with ${message}, but it passed`);
      const text = printed(outcome.problems);
      const match = outcome.problems.find((p) => p.file === file && p.line === line && p.id === id && message.test(p.message));
      expect(match, `expected ${file}:${line ?? ''} [${id ?? ''}] ${message}, got:\n${text}`).toBeDefined();
      expect(outcome.problems.length, `one mistake, at most ${atMost} messages; got:\n${text}`).toBeLessThanOrEqual(atMost);
    });

    it('invariant: every slip either fails the check or changes no annotation', () => {
      for (const slip of slips) {
        const outcome = h.outcome(slip);
        if (outcome.ok) expect(outcome.snapshot, slip.name).toEqual(h.baseline());
      }
    });
  });
}
