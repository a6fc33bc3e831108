/**
 * The reference-manager files of one source document: every annotation's passage and
 * note items, as BibTeX, RIS and CSL-JSON, in English (pointing at /en/ pages) or
 * Chinese (pointing at /zh-hans/ pages). One file per document and language rather than
 * per annotation: a document's file is a few tens of KB at most, Zotero imports it in
 * one step, and each annotation's own citation is already on the page as text.
 */
import type { CslItem } from '@citation-js/core';
import type { SourceDocument } from '../corpus/loadCorpus.ts';
import type { LastCommit } from '../history/lastCommitDate.ts';
import { withBase } from '../i18n/paths.ts';
import { noteItem, passageItem, type ItemLanguage } from './cslItems.ts';
import { toBibtex, toRis } from './engine.ts';

export const citeFormats = ['bib', 'ris', 'json'] as const;
export type CiteFormat = (typeof citeFormats)[number];
export const itemLanguages: readonly ItemLanguage[] = ['en', 'zh'];

export const citeFormatLabel: Record<CiteFormat, string> = { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' };
export const citeMediaType: Record<CiteFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** `data/cite/{document}.{en|zh}.{bib|ris|json}` under the base. */
export function citeFilePath(base: string, documentId: string, lang: ItemLanguage, format: CiteFormat): string {
  return withBase(base, `data/cite/${documentId}.${lang}.${format}`);
}

export function documentItems(doc: SourceDocument, lang: ItemLanguage, base: string, site: URL | undefined, change: LastCommit | undefined): CslItem[] {
  const ctx = { locale: lang === 'zh' ? ('zh-hans' as const) : ('en' as const), base, site };
  return doc.annotations.flatMap((a) => [passageItem(doc, a, lang, ctx), noteItem(doc, a, lang, ctx, change)]);
}

export function citeFile(items: CslItem[], format: CiteFormat): string {
  if (format === 'bib') return toBibtex(items);
  if (format === 'ris') return toRis(items);
  return `${JSON.stringify(items, null, 1)}\n`;
}
