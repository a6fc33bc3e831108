import type { Annotation } from '../corpus/loadCorpus.ts';
import type { Paragraph } from '../corpus/paragraphs.ts';

/** A run of paragraph text covered by the same set of annotations. */
export interface Segment {
  text: string;
  /** Annotations covering the whole run, outermost (longest) first; empty for plain text. */
  covering: Annotation[];
  /** Annotations whose note reference goes right after this run (they end here, or leave the paragraph). */
  refs: Annotation[];
}

/**
 * Cuts a paragraph at every annotation boundary, so overlapping and nested annotations
 * render as flat, non-overlapping marks and every character appears exactly once.
 *
 * `display` converts text for the page (e.g. to traditional characters). When it keeps the
 * paragraph's length, the whole paragraph is converted at once so phrase-level conversion
 * sees whole words; otherwise each run is converted on its own.
 */
export function segmentParagraph(
  paragraph: Paragraph,
  annotations: readonly Annotation[],
  display: (text: string) => string = (t) => t,
): Segment[] {
  const here = annotations.filter((a) => a.start < paragraph.end && a.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const a of here) {
    cuts.add(Math.max(a.start, paragraph.start));
    cuts.add(Math.min(a.end, paragraph.end));
  }
  const points = [...cuts].sort((x, y) => x - y);

  const whole = display(paragraph.text);
  const sameLength = whole.length === paragraph.text.length;
  const textOf = (from: number, to: number) =>
    sameLength ? whole.slice(from - paragraph.start, to - paragraph.start) : display(paragraph.text.slice(from - paragraph.start, to - paragraph.start));

  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = here.filter((a) => a.start <= from && a.end >= to).sort((x, y) => y.end - y.start - (x.end - x.start));
    const refs = here.filter((a) => Math.min(a.end, paragraph.end) === to && a.start >= paragraph.start);
    segments.push({ text: textOf(from, to), covering, refs });
  }
  // An annotation that began in an earlier paragraph already has its reference there.
  return segments;
}
