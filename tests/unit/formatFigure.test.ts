import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/ui/index.ts';
import { formatFigure } from '../../src/reader/formatFigure.ts';
import type { Figure } from '../../src/schemas/figure.ts';

const fig = (f: Partial<Figure>): Figure => ({ value: 1, unit: 'CNY', period: null, year: null, scope: null, measure: null, status: 'stated', raw: 'x', ...f });

describe('formatFigure', () => {
  it.each([
    ['en', fig({ value: 14000, period: 'year' }), '14,000 yuan per year'],
    ['zh-hans', fig({ value: 14000, period: 'year' }), '每年14,000元'],
    ['zh-hans', fig({ value: 346580000 }), '3.4658亿元'],
    ['zh-hant', fig({ value: 346580000 }), '3.4658億元'],
    ['zh-hans', fig({ value: 256200, unit: 'persons' }), '25.62万人'],
    ['en', fig({ value: 60, unit: 'percent' }), '60%'],
    ['en', fig({ value: 5, unit: 'percentage-points', period: 'year' }), '5 percentage points per year'],
    ['zh-hans', fig({ value: 2.03, unit: 'ratio' }), '比值2.03'],
  ] as const)('%s: %o → %s', (locale, figure, expected) => {
    expect(formatFigure(locale, figure, uiStrings(locale))).toBe(expected);
  });

  it('gives no text for a figure the source lost', () => {
    expect(formatFigure('en', fig({ value: null, status: 'missing-in-source' }), uiStrings('en'))).toBeNull();
  });
});
