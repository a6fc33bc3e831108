/**
 * Anchors an authored quote in its seed (W3C TextQuoteSelector semantics).
 *
 * Whitespace normalisation, the only liberty taken: every run of whitespace (spaces,
 * tabs, line breaks, U+3000 ideographic space) in the quote, prefix and suffix matches
 * any run of whitespace in the seed, and leading/trailing whitespace is ignored. So an
 * editor may wrap a long quote over several lines, and a quote may cross a paragraph
 * break. Everything else — punctuation, curly quotes, case, scraping damage — must match
 * exactly.
 */
import { lookalikeDifferences } from './codePoints.ts';

export interface TextQuoteSelector {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export type AnchorResult =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'empty' | 'not-found' | 'ambiguous'; matches: number; message: string };

const WHITESPACE = /[\s\u3000]+/g;

/** Seed text with whitespace runs collapsed, and where each kept character came from. */
interface NormalisedText {
  text: string;
  /** `origin[i]` is the seed offset of `text[i]`. */
  origin: number[];
}

export function normaliseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

function normaliseWithOrigin(seed: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed[i]!;
    if (/[\s\u3000]/.test(ch)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, origin };
}

const cache = new WeakMap<object, NormalisedText>();
/** Seeds are anchored against hundreds of times per build: normalise each once. */
function normalisedSeed(seed: { text: string }): NormalisedText {
  let n = cache.get(seed);
  if (!n) cache.set(seed, (n = normaliseWithOrigin(seed.text)));
  return n;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Where an edited quote stops matching: the longest prefix of the quote that occurs in
 * the seed (prefix occurrence is monotonic, so binary search works), and what follows it
 * on each side. Empty when too little matches to be a useful pointer.
 */
function divergence(text: string, exact: string): string {
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(exact.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 8) return '';
  const at = text.indexOf(exact.slice(0, lo)) + lo;
  return `; it matches the seed up to "…${exact.slice(Math.max(0, lo - 24), lo)}", then the quote has "${exact.slice(lo, lo + 16)}…" where the seed has "${text.slice(at, at + 16)}…"`;
}

function notFoundMessage(text: string, exact: string): string {
  // Text that looks identical to the seed: name the characters, since showing them cannot help.
  const invisible = lookalikeDifferences(text, exact);
  if (invisible) return `quote "${shorten(exact)}" does not occur in the seed, though it looks as if it does: ${invisible}; it must match the seed exactly (copy it from the seed again)`;
  return `quote "${shorten(exact)}" does not occur in the seed${divergence(text, exact)}; it must match the seed exactly (only whitespace runs may differ)`;
}

/**
 * Finds the one place where `selector` occurs in `seed`. Zero or several places is an
 * error the caller reports; offsets are never authored.
 */
export function anchorQuote(seed: { text: string }, selector: TextQuoteSelector): AnchorResult {
  const exact = normaliseWhitespace(selector.exact);
  if (exact === '') return { ok: false, reason: 'empty', matches: 0, message: 'the quote is empty' };
  const prefix = selector.prefix === undefined ? '' : normaliseWhitespace(selector.prefix);
  const suffix = selector.suffix === undefined ? '' : normaliseWhitespace(selector.suffix);
  const { text, origin } = normalisedSeed(seed);

  const all = occurrences(text, exact);
  const matching = all.filter(
    (at) => text.slice(0, at).trimEnd().endsWith(prefix) && text.slice(at + exact.length).trimStart().startsWith(suffix),
  );

  if (matching.length === 1) {
    const at = matching[0]!;
    return { ok: true, start: origin[at]!, end: origin[at + exact.length - 1]! + 1 };
  }
  const context = [prefix && `prefix "${shorten(prefix)}"`, suffix && `suffix "${shorten(suffix)}"`].filter(Boolean).join(' and ');
  if (matching.length === 0) {
    const message =
      all.length > 0
        ? `quote "${shorten(exact)}" occurs ${all.length} time(s) in the seed, but never with ${context}; check the prefix/suffix`
        : notFoundMessage(text, exact);
    return { ok: false, reason: 'not-found', matches: 0, message };
  }
  return {
    ok: false,
    reason: 'ambiguous',
    matches: matching.length,
    message: `quote "${shorten(exact)}" occurs ${matching.length} times in the seed${context ? ` even with ${context}` : ''}; lengthen it or add prefix="…" / suffix="…" with the words just before or after it`,
  };
}
