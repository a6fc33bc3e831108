import { describe, expect, it } from 'vitest';
import { anchorQuote, normaliseWhitespace } from '../../src/corpus/anchorQuote.ts';

const seed = {
  text: 'The minimum living standard will reach 14,000 yuan per year.\n\nThe minimum living standard is adjusted yearly.\n\n  Rural dibao meets the national poverty line.',
};

describe('anchorQuote', () => {
  it('finds a quote that occurs once and computes its offsets', () => {
    const r = anchorQuote(seed, { exact: 'will reach 14,000 yuan per year' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(seed.text.slice(r.start, r.end)).toBe('will reach 14,000 yuan per year');
  });

  it('fails when the quote was edited so it no longer occurs (fault injection)', () => {
    const r = anchorQuote(seed, { exact: 'will reach 15,000 yuan per year' });
    expect(r).toMatchObject({ ok: false, reason: 'not-found' });
    if (!r.ok) expect(r.message).toContain('does not occur in the seed');
  });

  it('points at where an edited quote stops matching the seed', () => {
    const r = anchorQuote(seed, { exact: 'The minimum living standard will reach 15,000 yuan per year' });
    expect(!r.ok && r.message).toMatch(/matches the seed up to "…[^"]*will reach 1", then the quote has "5,000 yuan[^"]*" where the seed has "4,000 yuan[^"]*"/);
  });

  it('fails when the quote is ambiguous and says how to fix it (fault injection)', () => {
    const r = anchorQuote(seed, { exact: 'The minimum living standard' });
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous', matches: 2 });
    if (!r.ok) expect(r.message).toMatch(/prefix=|suffix=/);
  });

  it('disambiguates with a suffix or a prefix', () => {
    const bySuffix = anchorQuote(seed, { exact: 'The minimum living standard', suffix: 'is adjusted' });
    expect(bySuffix.ok && seed.text.slice(bySuffix.end, bySuffix.end + 12)).toBe(' is adjusted');
    const byPrefix = anchorQuote(seed, { exact: 'The minimum living standard', prefix: 'per year.' });
    expect(byPrefix.ok && bySuffix.ok && byPrefix.start === bySuffix.start).toBe(true);
  });

  it('reports a prefix that matches none of the occurrences', () => {
    const r = anchorQuote(seed, { exact: 'The minimum living standard', prefix: 'nowhere' });
    expect(r).toMatchObject({ ok: false, reason: 'not-found' });
    if (!r.ok) expect(r.message).toContain('check the prefix/suffix');
  });

  it('matches a quote wrapped over several lines in the annotation file', () => {
    const r = anchorQuote(seed, { exact: 'will reach\n   14,000 yuan\nper year' });
    expect(r.ok && seed.text.slice(r.start, r.end)).toBe('will reach 14,000 yuan per year');
  });

  it('matches a quote that spans a paragraph break in the seed, returning the seed text', () => {
    const r = anchorQuote(seed, { exact: 'adjusted yearly. Rural dibao' });
    expect(r.ok && seed.text.slice(r.start, r.end)).toBe('adjusted yearly.\n\n  Rural dibao');
  });

  it('does not normalise anything but whitespace', () => {
    expect(anchorQuote(seed, { exact: 'the minimum living standard will reach' }).ok).toBe(false);
    expect(anchorQuote({ text: 'a “quoted” word' }, { exact: 'a "quoted" word' }).ok).toBe(false);
  });

  it('anchors Chinese text, including the ideographic space', () => {
    const zh = { text: '最低工资标准从每月元提高到元,低保标准提高至元/月' };
    const r = anchorQuote(zh, { exact: '低保标准提高至元/月' });
    expect(r.ok && zh.text.slice(r.start, r.end)).toBe('低保标准提高至元/月');
    expect(normaliseWhitespace('低保\u3000标准')).toBe('低保 标准');
  });

  it('rejects an empty quote', () => {
    expect(anchorQuote(seed, { exact: '  \n ' })).toMatchObject({ ok: false, reason: 'empty' });
  });
});
