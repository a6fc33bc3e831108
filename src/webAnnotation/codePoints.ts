/**
 * The W3C Web Annotation model counts TextPositionSelector `start`/`end` in Unicode code
 * points ("characters"), but the corpus offsets are JavaScript string indices, which
 * count UTF-16 code units: a character outside the Basic Multilingual Plane (an emoji, or
 * a rare hanzi such as 𠮷 U+20BB7 from CJK Extension B) is one code point but two units.
 * Common hanzi are in the BMP, where both counts agree, so only a text with such a
 * character shows the difference; the conversion is done for every offset all the same.
 */

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The number of code points in `text.slice(0, index)`. Throws when `index` falls between
 * the two halves of a surrogate pair, which no character boundary can.
 */
export function codePointOffset(text: string, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index > text.length) throw new RangeError(`offset ${index} is outside the text (0–${text.length})`);
  if (index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index))) {
    throw new RangeError(`offset ${index} splits a surrogate pair`);
  }
  let points = 0;
  for (let i = 0; i < index; i++) {
    // The second half of a pair does not start a new code point.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

/** Code points `start` to `end` of `text`, as a string: what a TextPositionSelector selects. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** The last `count` code points of `text.slice(0, index)`: a TextQuoteSelector's prefix. */
export function codePointsBefore(text: string, index: number, count: number): string {
  // Twice the count in units always holds `count` code points; a pair split at the cut
  // lands at the far end and is dropped by the slice.
  return Array.from(text.slice(Math.max(0, index - 2 * count), index)).slice(-count).join('');
}

/** The first `count` code points of `text.slice(index)`: a TextQuoteSelector's suffix. */
export function codePointsAfter(text: string, index: number, count: number): string {
  return Array.from(text.slice(index, index + 2 * count)).slice(0, count).join('');
}
