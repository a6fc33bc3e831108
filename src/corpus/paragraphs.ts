/** One paragraph of a seed: a run of non-blank lines between blank lines. */
export interface Paragraph {
  /** 1-based ordinal; permalink `#p-{n}`. Stable because seeds never change. */
  n: number;
  /** Offset of the first character in the seed (JavaScript string units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `seed.slice(start, end)`, leading spaces included: every character is shown. */
  text: string;
}

/**
 * Splits a seed into paragraphs. Separators are line breaks with only whitespace between
 * them; everything else belongs to exactly one paragraph, so concatenating paragraphs and
 * separators gives back the seed byte for byte.
 */
export function splitParagraphs(seed: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // A blank line: a newline, optional horizontal whitespace, and one or more further newlines.
  const separator = /\n[^\S\n]*(?:\n[^\S\n]*)*\n|^\s+|\s+$/g;
  let cursor = 0;
  const push = (start: number, end: number) => {
    if (end > start) paragraphs.push({ n: paragraphs.length + 1, start, end, text: seed.slice(start, end) });
  };
  for (const match of seed.matchAll(separator)) {
    push(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  push(cursor, seed.length);
  return paragraphs;
}
