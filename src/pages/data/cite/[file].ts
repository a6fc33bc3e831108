import type { APIRoute, GetStaticPaths } from 'astro';
import { citeFile, citeFormats, citeMediaType, documentItems, itemLanguages, type CiteFormat } from '../../../citations/citeFiles.ts';
import type { ItemLanguage } from '../../../citations/cslItems.ts';
import { getCorpus } from '../../../corpus/loadCorpus.ts';
import { getAnnotationDates } from '../../../history/annotationDates.ts';

export const getStaticPaths = (() =>
  getCorpus().documents.flatMap((doc) =>
    itemLanguages.flatMap((lang) => citeFormats.map((format) => ({ params: { file: `${doc.id}.${lang}.${format}` }, props: { id: doc.id, lang, format } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { id, lang, format } = props as { id: string; lang: ItemLanguage; format: CiteFormat };
  const doc = getCorpus().documentById.get(id)!;
  const items = documentItems(doc, lang, import.meta.env.BASE_URL, site, getAnnotationDates().get(id));
  return new Response(citeFile(items, format), { headers: { 'Content-Type': citeMediaType[format] } });
};
