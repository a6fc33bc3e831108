import { format } from '../i18n/ui/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../schemas/figure.ts';
import type { UiStrings } from '../schemas/ui.ts';

const numberLocale: Record<Locale, string> = { en: 'en-GB', 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW' };

/**
 * A figure's value with its unit and period, in the locale's conventions:
 * en "14,000 yuan per year"; zh "每年14,000元", and 万/亿 for large Chinese amounts
 * (3.4658亿元), as Chinese readers expect. Null values are not formatted: callers show
 * the status and the raw text instead.
 */
export function formatFigure(locale: Locale, figure: Figure, ui: UiStrings): string | null {
  if (figure.value === null) return null;
  const chinese = locale !== 'en';
  const large = chinese && Math.abs(figure.value) >= 100_000 && figure.unit !== 'percent';
  const n = new Intl.NumberFormat(numberLocale[locale], {
    maximumFractionDigits: 4,
    ...(large ? { notation: 'compact', compactDisplay: 'short' } : {}),
  }).format(figure.value);
  const value = format(ui.figureUnits[figure.unit], { n });
  return figure.period ? format(ui.figurePeriods[figure.period], { v: value }) : value;
}
