import type { DocumentMeta } from '../schemas/document.ts';
import { chineseTag, inScript } from './localize.ts';
import type { Locale } from './locales.ts';

/**
 * Text quoted from a source, as a locale's page shows it: Chinese in the reader's script
 * (traditional on zh-Hant), English as published; with the `lang` that marks it, since a
 * quote's language is often not the page's.
 */
export function sourceText(locale: Locale, language: DocumentMeta['language'], text: string): { text: string; lang: string } {
  return language === 'en' ? { text, lang: 'en' } : { text: inScript(locale, text), lang: chineseTag(locale) };
}

/** Shortens text to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
