import type { Figure } from '../schemas/figure.ts';

/** A figure with its value also expressed per month and per year, when that makes sense. */
export interface NormalisedFigure {
  perMonth: number | null;
  perYear: number | null;
}

/**
 * Money stated per month or per year is comparable across cities only on the same
 * footing: 14,000 yuan a year is 1,166.67 a month. Other units and undated amounts are
 * not converted (a count of posts has no monthly rate).
 */
export function normaliseFigure(figure: Figure): NormalisedFigure {
  if (figure.value === null || figure.unit !== 'CNY') return { perMonth: null, perYear: null };
  if (figure.period === 'month') return { perMonth: figure.value, perYear: figure.value * 12 };
  if (figure.period === 'year') return { perMonth: figure.value / 12, perYear: figure.value };
  return { perMonth: null, perYear: null };
}

/** The value used to compare figures of one measure: per year for periodic money, else as stated. */
export function comparableValue(figure: Figure): number | null {
  return normaliseFigure(figure).perYear ?? figure.value;
}
