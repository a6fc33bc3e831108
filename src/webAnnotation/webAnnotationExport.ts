import type { Annotation, Corpus, SourceDocument } from '../corpus/loadCorpus.ts';
import { resolveTermLinks } from '../corpus/renderMarkdown.ts';
import { languageTag, locales } from '../i18n/locales.ts';
import type { AnnotationTimes } from './annotationTimes.ts';
import { codePointOffset, codePointsAfter, codePointsBefore } from './codePoints.ts';
import { canonicalAnnotationIri, webAnnotationPaths } from './iris.ts';

/**
 * The annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * `data/annotations.jsonld` is an AnnotationCollection, paged into one AnnotationPage
 * per source document at `data/annotations/{document}.jsonld`.
 *
 * Why a page per document rather than a fixed count: all 256 annotations in one file
 * would be 869 KB (142 KB gzip), and a tool that annotates one source needs only that
 * source's annotations, which are then one page (100–257 KB, 15–46 KB gzip), all over
 * the same target. An annotation never moves to another page when others are added
 * elsewhere, so its page (and the `id` built on it) is stable. Pages follow the order of
 * `content/documents.yaml`, annotations within a page the order of their start offset.
 *
 * Each annotation:
 * - `motivation: describing` (every annotation explains its passage, context and
 *   boilerplate ones included); its kind (measure, target, figure, institution, context,
 *   defect, boilerplate) is a TextualBody with `purpose: classifying` and the kind's code
 *   as `value`, and each theme a TextualBody with `purpose: tagging` and the theme id.
 * - the note is a `Choice` of three TextualBodies, the same note in en, zh-Hans and
 *   zh-Hant (a client shows the one its reader reads), each `format: text/html` (the
 *   site's sanitised rendering, glossary links made absolute) and `purpose: describing`.
 * - the target is the seed as served in the build, byte for byte, with a
 *   TextQuoteSelector (exact, and up to 32 code points of prefix and suffix) and a
 *   TextPositionSelector whose start/end count Unicode code points, as the model says,
 *   not the UTF-16 units of the corpus offsets (see codePoints.ts).
 * - `created`/`modified` from git (annotationTimes.ts), absent when unknown.
 */

export const annoContext = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of seed text kept on each side of a quote. */
export const contextLength = 32;
export const noteFormat = 'text/html';

export interface WebAnnotationOptions {
  /** Absolute IRI that build paths are resolved against, ending in `/` (iris.ts). */
  base: string;
  times: ReadonlyMap<string, AnnotationTimes>;
}

const siteName = 'Common Prosperity Policy Atlas · 共同富裕政策对照';

function agents(base: string) {
  return {
    // The annotations are the project's editorial work; no person is named in the content.
    creator: { id: base, type: 'Organization', name: siteName, homepage: base },
    generator: { id: `${base}${webAnnotationPaths.collection}#generator`, type: 'Software', name: `${siteName}: static site build`, homepage: base },
  };
}

const iri = (base: string, path: string) => new URL(path, base).href;

export function webAnnotation(doc: SourceDocument, a: Annotation, { base, times }: WebAnnotationOptions) {
  const when = times.get(a.id) ?? {};
  const text = doc.text;
  const prefix = codePointsBefore(text, a.start, contextLength);
  const suffix = codePointsAfter(text, a.end, contextLength);
  const notes = locales.map((locale) => ({
    type: 'TextualBody',
    purpose: 'describing',
    value: resolveTermLinks(a.noteHtml[languageTag[locale]], iri(base, `${locale}/glossary/`)),
    format: noteFormat,
    language: languageTag[locale],
  }));
  return {
    '@context': annoContext,
    id: `${iri(base, webAnnotationPaths.page(doc.id))}#${a.id}`,
    type: 'Annotation',
    canonical: canonicalAnnotationIri(a.id),
    motivation: 'describing',
    ...(when.created ? { created: when.created } : {}),
    ...(when.modified ? { modified: when.modified } : {}),
    ...agents(base),
    body: [
      { type: 'Choice', items: notes },
      { type: 'TextualBody', purpose: 'classifying', value: a.kind, format: 'text/plain' },
      ...a.themes.map((theme) => ({ type: 'TextualBody', purpose: 'tagging', value: theme, format: 'text/plain' })),
    ],
    target: {
      type: 'SpecificResource',
      source: { id: iri(base, webAnnotationPaths.seed(doc.seed)), type: 'Text', format: 'text/plain', language: doc.language },
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
        { type: 'TextPositionSelector', start: codePointOffset(text, a.start), end: codePointOffset(text, a.end) },
      ],
    },
  };
}
export type WebAnnotation = ReturnType<typeof webAnnotation>;

const label = 'Common Prosperity Policy Atlas: annotations of the sources · 共同富裕政策对照：政策文本注释';

/** Documents that have annotations, in order: one page each. */
const pagedDocuments = (corpus: Corpus) => corpus.documents.filter((d) => d.annotations.length > 0);

export function annotationCollection(corpus: Corpus, options: WebAnnotationOptions) {
  const docs = pagedDocuments(corpus);
  const { base } = options;
  return {
    '@context': annoContext,
    id: iri(base, webAnnotationPaths.collection),
    type: 'AnnotationCollection',
    label,
    total: corpus.annotations.length,
    ...(docs.length ? { first: iri(base, webAnnotationPaths.page(docs[0]!.id)), last: iri(base, webAnnotationPaths.page(docs.at(-1)!.id)) } : {}),
    ...agents(base),
  };
}
export type WebAnnotationCollection = ReturnType<typeof annotationCollection>;

/** The documents that have a page, for getStaticPaths. */
export const annotationPageDocuments = (corpus: Corpus) => pagedDocuments(corpus).map((d) => d.id);

export function annotationPage(corpus: Corpus, documentId: string, options: WebAnnotationOptions) {
  const docs = pagedDocuments(corpus);
  const index = docs.findIndex((d) => d.id === documentId);
  if (index < 0) throw new Error(`no annotation page for document "${documentId}"`);
  const doc = docs[index]!;
  const { base } = options;
  const pageIri = (d: SourceDocument) => iri(base, webAnnotationPaths.page(d.id));
  return {
    '@context': annoContext,
    id: pageIri(doc),
    type: 'AnnotationPage',
    partOf: { id: iri(base, webAnnotationPaths.collection), label, total: corpus.annotations.length },
    startIndex: docs.slice(0, index).reduce((n, d) => n + d.annotations.length, 0),
    ...(index > 0 ? { prev: pageIri(docs[index - 1]!) } : {}),
    ...(index < docs.length - 1 ? { next: pageIri(docs[index + 1]!) } : {}),
    items: doc.annotations.map((a) => webAnnotation(doc, a, options)),
  };
}
export type WebAnnotationPage = ReturnType<typeof annotationPage>;

/** JSON-LD media type with the Web Annotation profile, as the W3C protocol serves it. */
export const jsonldContentType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
