import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/loadCorpus.ts';
import { buildOptions } from '../../webAnnotation/buildOptions.ts';
import { annotationCollection, jsonldContentType } from '../../webAnnotation/webAnnotationExport.ts';

/** The W3C Web Annotation collection; its pages are `data/annotations/{document}.jsonld`. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(annotationCollection(getCorpus(), buildOptions(import.meta.env.SITE, import.meta.env.BASE_URL)), null, 1), {
    headers: { 'Content-Type': jsonldContentType },
  });
