import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../corpus/loadCorpus.ts';
import { buildOptions } from '../../../webAnnotation/buildOptions.ts';
import { annotationPage, annotationPageDocuments, jsonldContentType } from '../../../webAnnotation/webAnnotationExport.ts';

export const getStaticPaths = (() => annotationPageDocuments(getCorpus()).map((document) => ({ params: { document } }))) satisfies GetStaticPaths;

/** One AnnotationPage of the W3C Web Annotation export: the annotations of one source. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(annotationPage(getCorpus(), params.document!, buildOptions(import.meta.env.SITE, import.meta.env.BASE_URL)), null, 1), {
    headers: { 'Content-Type': jsonldContentType },
  });
