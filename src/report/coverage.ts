import type { Corpus, SourceDocument } from '../corpus/loadCorpus.ts';
import type { Paragraph } from '../corpus/paragraphs.ts';

/**
 * A paragraph states a number when it has a digit, or a Chinese numeral followed by a
 * counting unit (三年, 十个, 两万人). Such paragraphs must be annotated (or marked as page
 * furniture or context) so no figure in a source goes unexamined.
 */
const NUMBER = /[0-9０-９]|[一二三四五六七八九十百千万亿两]+[个名人户项家所条元年月倍岗万亿%％]/;

export function statesNumber(text: string): boolean {
  return NUMBER.test(text);
}

export interface DocumentCoverage {
  document: string;
  paragraphs: number;
  annotatedParagraphs: number;
  annotationsByKind: Record<string, number>;
  figuresByStatus: Record<string, number>;
  themes: string[];
  /** Paragraphs that state a number but carry no annotation at all. */
  uncovered: Paragraph[];
}

const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

export function documentCoverage(doc: SourceDocument): DocumentCoverage {
  const annotated = new Set(doc.annotations.flatMap((a) => a.paragraphs));
  return {
    document: doc.id,
    paragraphs: doc.paragraphs.length,
    annotatedParagraphs: annotated.size,
    annotationsByKind: count(doc.annotations.map((a) => a.kind)),
    figuresByStatus: count(doc.annotations.flatMap((a) => a.figures.map((f) => f.status))),
    themes: [...new Set(doc.annotations.flatMap((a) => a.themes))].sort(),
    uncovered: doc.paragraphs.filter((p) => !annotated.has(p.n) && statesNumber(p.text)),
  };
}

/** Themes whose annotations come from fewer than three jurisdictions. */
export function thinThemes(corpus: Corpus): { theme: string; jurisdictions: string[] }[] {
  return corpus.themes
    .map((t) => ({ theme: t.id, jurisdictions: [...new Set(corpus.annotations.filter((a) => a.themes.includes(t.id)).map((a) => a.jurisdiction))].sort() }))
    .filter((t) => t.jurisdictions.length < 3);
}
