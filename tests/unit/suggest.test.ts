import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/corpus/suggest.ts';

describe('nearest', () => {
  const themes = ['housing', 'health', 'hukou', 'employment'];
  it('suggests the closest id for a typo', () => expect(nearest('housng', themes)).toBe('housing'));
  it('suggests an id that contains the input, from a one-shot iterator', () =>
    expect(nearest('national-art13', new Map([['national-art13-dibao-adjustment', 1]]).keys())).toBe('national-art13-dibao-adjustment'));
  it('suggests nothing for an unrelated word', () => expect(nearest('transport', themes)).toBeUndefined());
});
