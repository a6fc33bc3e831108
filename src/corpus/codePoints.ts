/**
 * Names of the characters that make two texts look identical while differing: an editor
 * cannot see a zero-width space or tell a full-width comma from a comma, so a message
 * must name them by code point (`U+FF0C FULLWIDTH COMMA`).
 *
 * Node has no Unicode name table; this covers the characters that actually slip into
 * copied text, and the ranges whose names are systematic (CJK ideographs, full-width
 * forms). Others get their code point alone.
 */
const NAMES: Record<number, string> = {
  0x0020: 'SPACE',
  0x0021: 'EXCLAMATION MARK',
  0x0022: 'QUOTATION MARK',
  0x0027: 'APOSTROPHE',
  0x0028: 'LEFT PARENTHESIS',
  0x0029: 'RIGHT PARENTHESIS',
  0x002c: 'COMMA',
  0x002d: 'HYPHEN-MINUS',
  0x002e: 'FULL STOP',
  0x002f: 'SOLIDUS',
  0x003a: 'COLON',
  0x003b: 'SEMICOLON',
  0x003f: 'QUESTION MARK',
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x2010: 'HYPHEN',
  0x2011: 'NON-BREAKING HYPHEN',
  0x2013: 'EN DASH',
  0x2014: 'EM DASH',
  0x2018: 'LEFT SINGLE QUOTATION MARK',
  0x2019: 'RIGHT SINGLE QUOTATION MARK',
  0x201c: 'LEFT DOUBLE QUOTATION MARK',
  0x201d: 'RIGHT DOUBLE QUOTATION MARK',
  0x2026: 'HORIZONTAL ELLIPSIS',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2212: 'MINUS SIGN',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3001: 'IDEOGRAPHIC COMMA',
  0x3002: 'IDEOGRAPHIC FULL STOP',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

function nameOf(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  if (NAMES[cp]) return NAMES[cp];
  if (/^[0-9]$/.test(ch)) return `DIGIT ${ch}`;
  if (/^[A-Za-z]$/.test(ch)) return `LATIN ${ch === ch.toUpperCase() ? 'CAPITAL' : 'SMALL'} LETTER ${ch.toUpperCase()}`;
  if (cp >= 0xff01 && cp <= 0xff5e) {
    const base = nameOf(String.fromCodePoint(cp - 0xfee0));
    return base && `FULLWIDTH ${base}`;
  }
  if ((cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f)) return `CJK COMPATIBILITY IDEOGRAPH-${hex}`;
  if (/\p{Unified_Ideograph}/u.test(ch)) return `CJK UNIFIED IDEOGRAPH-${hex}`;
  return undefined;
}

/** `U+FF0C FULLWIDTH COMMA (，)`, `U+200B ZERO WIDTH SPACE`, or `U+XXXX (x)`; invisible characters are not shown. */
export function describeCodePoint(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const name = nameOf(ch);
  return `U+${hex}${name ? ` ${name}` : ''}${/[\p{Cf}\s]/u.test(ch) ? '' : ` (${ch})`}`;
}

/** What an editor cannot see: format characters are dropped, compatibility forms folded (NFKC). */
const fold = (ch: string) => (/\p{Cf}/u.test(ch) ? '' : ch.normalize('NFKC'));

/** Text folded character by character, and which original character each folded one came from. */
function folded(text: string): { text: string; origin: number[]; chars: string[] } {
  const chars = [...text];
  let out = '';
  const origin: number[] = [];
  chars.forEach((ch, i) => {
    for (const f of fold(ch)) {
      out += f;
      origin.push(i);
    }
  });
  return { text: out, origin, chars };
}

/**
 * When `quote` matches `seed` once invisible and look-alike characters are set aside,
 * the characters that differ, named ("U+FF0C FULLWIDTH COMMA (，) where the seed has
 * U+002C COMMA (,)"); otherwise undefined.
 */
export function lookalikeDifferences(seed: string, quote: string): string | undefined {
  const s = folded(seed);
  const q = folded(quote);
  if (!q.text) return undefined;
  const at = s.text.indexOf(q.text);
  if (at < 0) return undefined;

  const seedStart = s.origin[at]!;
  const seedEnd = s.origin[at + q.text.length - 1]! + 1;
  const seedChars = s.chars.slice(seedStart, seedEnd);
  const differences: string[] = [];
  // Walk both in step; a character that folds to nothing (zero-width) has no partner.
  let j = 0;
  for (const ch of q.chars) {
    if (fold(ch) === '') {
      differences.push(`the quote has ${describeCodePoint(ch)} where the seed has nothing`);
      continue;
    }
    while (j < seedChars.length && fold(seedChars[j]!) === '') {
      differences.push(`the seed has ${describeCodePoint(seedChars[j]!)} where the quote has nothing`);
      j++;
    }
    const other = seedChars[j++];
    if (other !== undefined && other !== ch) differences.push(`the quote has ${describeCodePoint(ch)} where the seed has ${describeCodePoint(other)}`);
  }
  if (!differences.length) return undefined;
  const shown = differences.slice(0, 3).join('; ');
  return differences.length > 3 ? `${shown}; and ${differences.length - 3} more` : shown;
}
