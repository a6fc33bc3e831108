/**
 * CSL-JSON items for what a reader can cite. Two items per annotation, because a reader
 * quotes one of two texts:
 * - the passage: the source document itself (its title, publisher and date — inferred
 *   dates marked `circa`, which the styles print as "[2021?]" or "ca. 2021"), located at
 *   the passage's paragraph and permalink;
 * - the note: the annotation as its own item, written by this site, dated by the last
 *   git commit of its annotation file (no date when that is unknown, never a guess).
 * And one item per theme or jurisdiction page. URLs are absolute when SITE_URL is set,
 * else site paths (a build cannot know its host).
 */
import type { CslDate, CslItem } from '@citation-js/core';
import type { Annotation, SourceDocument } from '../corpus/loadCorpus.ts';
import type { LastCommit } from '../history/lastCommitDate.ts';
import { alternateHref, documentRoute, localePath } from '../i18n/paths.ts';
import { anchors } from '../i18n/anchors.ts';
import type { Locale } from '../i18n/locales.ts';

/** The site's name as the publisher and container of its own items. */
export const siteName = { en: 'Common Prosperity Policy Atlas', zh: '共同富裕政策对照' } as const;

/** Which metadata language an item is written in: English for Chicago and APA, Chinese for GB/T on Chinese pages. */
export type ItemLanguage = 'en' | 'zh';

export interface CiteContext {
  /** The page locale, which fixes the permalink path (`/zh-hans/…`). */
  locale: Locale;
  base: string;
  site: URL | undefined;
}

/** `2021-07` → date-parts [[2021, 7]]. */
export function isoDateParts(iso: string): number[][] {
  return [iso.split('-').map(Number)];
}

const committed = (change: LastCommit | undefined): CslDate | undefined =>
  change?.kind === 'commit' ? { 'date-parts': isoDateParts(change.date) } : undefined;

export function permalink(ctx: CiteContext, route: string, hash = ''): string {
  return alternateHref(ctx.site, localePath(ctx.base, ctx.locale, route)) + hash;
}

/**
 * The source's title in the item's language. A Chinese source cited in English keeps
 * its original title with the translation in brackets (Chicago 14.98, APA 9.38); an
 * English copy cited in Chinese takes the site's Chinese rendering of its title.
 */
export function documentTitle(doc: SourceDocument, lang: ItemLanguage): string {
  if (lang === 'zh') return doc.language === 'zh-Hans' ? (doc.originalTitle ?? doc.title['zh-Hans']) : doc.title['zh-Hans'];
  return doc.language === 'en' ? doc.title.en : `${doc.originalTitle ?? doc.title['zh-Hans']} [${doc.title.en}]`;
}

/** What the source states about its date, and what is inferred, for the item's note. */
export function dateNote(doc: SourceDocument, lang: ItemLanguage): string {
  const inferred = doc.dateInferred.value;
  if (lang === 'zh') return doc.dateStated === null ? `原文未载日期，推定为${inferred}` : `原文所载日期：“${doc.dateStated}”，推定为${inferred}`;
  return doc.dateStated === null ? `No date stated in the source; inferred: ${inferred}` : `Date stated in the source: “${doc.dateStated}”; inferred: ${inferred}`;
}

const cslLanguage = (doc: SourceDocument, lang: ItemLanguage) => (lang === 'zh' || doc.language === 'zh-Hans' ? 'zh-CN' : 'en-US');

/** Paragraph locator of an annotation: "12", or "12–13" when it spans paragraphs. */
export function paragraphLocator(a: Annotation): string {
  const first = a.paragraphs[0]!;
  const last = a.paragraphs.at(-1)!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The source document, located at the annotated passage. */
export function passageItem(doc: SourceDocument, a: Annotation, lang: ItemLanguage, ctx: CiteContext): CslItem {
  return {
    id: `${doc.id}--${a.id}--passage`,
    'citation-key': `${doc.id}--${a.id}--passage`,
    type: 'webpage',
    language: cslLanguage(doc, lang),
    title: documentTitle(doc, lang),
    publisher: lang === 'zh' ? doc.publisher['zh-Hans'] : doc.publisher.en,
    'container-title': siteName[lang],
    issued: { 'date-parts': isoDateParts(doc.dateInferred.value), circa: true },
    note: dateNote(doc, lang),
    URL: permalink(ctx, documentRoute(doc.id), `#${anchors.annotation(a.id)}`),
  };
}

/** The site's note on a passage, as its own item. */
export function noteItem(doc: SourceDocument, a: Annotation, lang: ItemLanguage, ctx: CiteContext, change: LastCommit | undefined): CslItem {
  const title = lang === 'zh' ? `《${documentTitle(doc, 'zh')}》第${paragraphLocator(a)}段注释` : `Note on “${documentTitle(doc, 'en')},” paragraph ${paragraphLocator(a)}`;
  const issued = committed(change);
  return {
    id: `${doc.id}--${a.id}--note`,
    'citation-key': `${doc.id}--${a.id}--note`,
    type: 'webpage',
    language: lang === 'zh' ? 'zh-CN' : 'en-US',
    title,
    author: [{ literal: siteName[lang] }],
    'container-title': siteName[lang],
    ...(issued ? { issued } : {}),
    URL: permalink(ctx, documentRoute(doc.id), `#${anchors.annotation(a.id)}`),
  };
}

/** A theme or jurisdiction page as an item of the site. */
export function pageItem(key: string, title: string, route: string, lang: ItemLanguage, ctx: CiteContext, change: LastCommit | undefined): CslItem {
  const issued = committed(change);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    language: lang === 'zh' ? 'zh-CN' : 'en-US',
    title,
    author: [{ literal: siteName[lang] }],
    'container-title': siteName[lang],
    ...(issued ? { issued } : {}),
    URL: permalink(ctx, route),
  };
}
