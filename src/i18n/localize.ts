import type { BilingualText } from '../schemas/common.ts';
import type { Locale } from './locales.ts';
import { toTraditional } from './toTraditional.ts';

const traditional = new Map<string, string>();

/** Simplified Chinese shown in the locale's script: traditional on zh-Hant (memoised per build), as is elsewhere. */
export function inScript(locale: Locale, simplified: string): string {
  if (locale !== 'zh-hant') return simplified;
  let converted = traditional.get(simplified);
  if (converted === undefined) traditional.set(simplified, (converted = toTraditional(simplified)));
  return converted;
}

/** BCP 47 tag of Chinese text on a locale's page. */
export function chineseTag(locale: Locale): 'zh-Hans' | 'zh-Hant' {
  return locale === 'zh-hant' ? 'zh-Hant' : 'zh-Hans';
}

/** Picks a bilingual text for a locale; zh-Hant is converted from zh-Hans. */
export function localize(locale: Locale, text: BilingualText): string {
  return locale === 'en' ? text.en : inScript(locale, text['zh-Hans']);
}
