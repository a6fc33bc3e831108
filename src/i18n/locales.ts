import type { TrilingualText } from '../schemas/common.ts';

/** URL prefixes of the three reading locales. */
export const locales = ['en', 'zh-hans', 'zh-hant'] as const;
export type Locale = (typeof locales)[number];

/** The key of a locale in authored and exported text (`note.zh-Hans`), also its BCP 47 tag. */
export type LanguageTag = keyof TrilingualText;

export const languageTag: Record<Locale, LanguageTag> = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

/** Each locale's name written in itself, for the language switch. */
export const nativeName: Record<Locale, string> = { en: 'English', 'zh-hans': '简体中文', 'zh-hant': '繁體中文' };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}
