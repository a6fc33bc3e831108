/**
 * The styled citations a page shows: for an annotation, the passage and the note each in
 * Chicago, APA and GB/T; for a theme or jurisdiction page, the page. Chicago and APA are
 * written for English-language papers (English metadata, en-US terms) on every locale;
 * GB/T takes the Chinese title and zh-CN terms on Chinese pages, as a Chinese paper cites.
 *
 * Formatting is slow (about 10 ms per item and style), and the same annotation is cited
 * on its reader page and on theme and jurisdiction pages in three locales. So each
 * citation is formatted once per build with a placeholder for the URL, and each page
 * puts its own permalink in: the styles print a URL verbatim (citeproc's URL
 * linking is off), so this is the string citeproc would give (tests/unit/citations.test.ts
 * checks it).
 */
import type { CslItem } from '@citation-js/core';
import type { Annotation, SourceDocument } from '../corpus/loadCorpus.ts';
import type { LastCommit } from '../history/lastCommitDate.ts';
import { inScript } from '../i18n/localize.ts';
import { anchors } from '../i18n/anchors.ts';
import type { Locale } from '../i18n/locales.ts';
import { citationStyles, formatCitation, type CitationStyle } from './engine.ts';
import { noteItem, paragraphLocator, passageItem, permalink, type CiteContext, type ItemLanguage } from './cslItems.ts';
import { documentRoute } from '../i18n/paths.ts';

export interface StyledCitation {
  style: CitationStyle;
  /** Inline HTML from citeproc (only <i>, <b>, <span> and entities). */
  html: string;
}

/** Stands in for the URL while formatting; never appears in a page. */
export const urlPlaceholder = 'https://url-placeholder.invalid/';

const styleLanguage = (style: CitationStyle, locale: Locale): ItemLanguage => (style === 'china-national-standard-gb-t-7714-2015-numeric' && locale !== 'en' ? 'zh' : 'en');
const cslLocale = (lang: ItemLanguage) => (lang === 'zh' ? 'zh-CN' : 'en-US');

function withUrl(item: CslItem): CslItem {
  return { ...item, URL: urlPlaceholder };
}

const formatted = new Map<string, string>();

/**
 * One item in one style, URL left as the placeholder, memoised by content: the passage
 * items of one paragraph differ only in id, so they are formatted once.
 */
function styledItem(item: CslItem, style: CitationStyle, lang: ItemLanguage, locator?: string): string {
  const { id: _id, 'citation-key': _key, ...content } = withUrl(item);
  const key = JSON.stringify([style, lang, locator ?? '', content]);
  let html = formatted.get(key);
  if (html === undefined) {
    html = formatCitation(withUrl(item), style, cslLocale(lang), locator ? { locator, label: 'paragraph' } : undefined);
    formatted.set(key, html);
  }
  return html;
}

function localised(locale: Locale, lang: ItemLanguage, html: string, url: string): string {
  // Chinese metadata is authored in simplified characters; a zh-Hant page shows it converted, as everywhere else.
  const text = lang === 'zh' ? inScript(locale, html) : html;
  return text.replaceAll(urlPlaceholder, url);
}

function annotationCitations(which: 'passage' | 'note', doc: SourceDocument, a: Annotation, ctx: CiteContext, change: LastCommit | undefined): StyledCitation[] {
  const url = permalink(ctx, documentRoute(doc.id), `#${anchors.annotation(a.id)}`);
  return citationStyles.map((style) => {
    const lang = styleLanguage(style, ctx.locale);
    const html =
      which === 'passage' ? styledItem(passageItem(doc, a, lang, ctx), style, lang, paragraphLocator(a)) : styledItem(noteItem(doc, a, lang, ctx, change), style, lang);
    return { style, html: localised(ctx.locale, lang, html, url) };
  });
}

export const passageCitations = (doc: SourceDocument, a: Annotation, ctx: CiteContext, change: LastCommit | undefined) => annotationCitations('passage', doc, a, ctx, change);
export const noteCitations = (doc: SourceDocument, a: Annotation, ctx: CiteContext, change: LastCommit | undefined) => annotationCitations('note', doc, a, ctx, change);

/** A page's own citation (theme, jurisdiction): one item, formatted directly. */
export function pageCitations(locale: Locale, build: (lang: ItemLanguage) => CslItem): StyledCitation[] {
  return citationStyles.map((style) => {
    const lang = styleLanguage(style, locale);
    const html = formatCitation(build(lang), style, cslLocale(lang));
    return { style, html: lang === 'zh' ? inScript(locale, html) : html };
  });
}
