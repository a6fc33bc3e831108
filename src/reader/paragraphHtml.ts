import type { Annotation } from '../corpus/loadCorpus.ts';
import type { Paragraph } from '../corpus/paragraphs.ts';
import { escapeHtml } from './escapeHtml.ts';
import { segmentParagraph } from './segmentParagraph.ts';

export interface ParagraphHtmlOptions {
  /** Reader number of each annotation in its document (1-based). */
  numberOf: (a: Annotation) => number;
  /** Accessible name of a note reference, e.g. "Note 3". */
  refLabel: (n: number) => string;
  /** Converts seed text for display (traditional characters on zh-Hant). */
  display?: (text: string) => string;
}

/**
 * The inner HTML of one source paragraph: every character of the seed, annotated runs
 * wrapped in <mark> (nesting depth as a class), page furniture in a dimmed span that
 * search ignores, and a numbered link to each note where its passage ends.
 */
export function paragraphHtml(paragraph: Paragraph, annotations: readonly Annotation[], options: ParagraphHtmlOptions): string {
  let html = '';
  for (const segment of segmentParagraph(paragraph, annotations, options.display)) {
    const text = escapeHtml(segment.text);
    const substantive = segment.covering.filter((a) => a.kind !== 'boilerplate');
    if (segment.covering.length === 0) {
      html += text;
    } else if (substantive.length === 0) {
      html += `<span class="boilerplate" data-pagefind-ignore data-annotations="${segment.covering.map((a) => a.id).join(' ')}">${text}</span>`;
    } else {
      const kinds = [...new Set(substantive.map((a) => a.kind))].map((k) => ` hl--${k}`).join('');
      const depth = Math.min(substantive.length, 3);
      html += `<mark class="hl hl--depth-${depth}${kinds}" data-annotations="${substantive.map((a) => a.id).join(' ')}">${text}</mark>`;
    }
    for (const a of segment.refs) {
      const n = options.numberOf(a);
      html += `<a class="ref" href="#a-${a.id}" aria-label="${escapeHtml(options.refLabel(n))}">${n}</a>`;
    }
  }
  return html;
}
