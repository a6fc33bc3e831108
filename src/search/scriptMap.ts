/**
 * A conversion aid for the browser, far smaller than opencc: the pairs of simplified
 * and traditional characters that actually occur in this corpus and differ. The search
 * page uses it to highlight a query typed in one script inside text shown in the other,
 * and to recognise exact matches across scripts. Matching itself needs no conversion:
 * the index holds both scripts.
 */
export function scriptPairs(texts: Iterable<string>, toTraditional: (s: string) => string): string {
  const pairs = new Map<string, string>();
  for (const text of texts) {
    const converted = toTraditional(text);
    if (converted.length !== text.length) continue; // phrase-level change: no char alignment
    for (let i = 0; i < text.length; i++) {
      const s = text[i]!;
      const t = converted[i]!;
      if (s !== t && /\p{Script=Han}/u.test(s)) pairs.set(s, t);
    }
  }
  // "简繁简繁…": two characters per pair, as compact as a string can be.
  return [...pairs].map(([s, t]) => s + t).join('');
}

/** The pair string as two maps: simplified → traditional and traditional → simplified. */
function pairMaps(pairs: string): { toT: Map<string, string>; toS: Map<string, string> } {
  const toT = new Map<string, string>();
  const toS = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    toT.set(pairs[i]!, pairs[i + 1]!);
    if (!toS.has(pairs[i + 1]!)) toS.set(pairs[i + 1]!, pairs[i]!);
  }
  return { toT, toS };
}

const mapChars = (text: string, m: Map<string, string>) => [...text].map((c) => m.get(c) ?? c).join('');

/** Both script variants of a query, given the pair string from scriptPairs. */
export function scriptVariants(query: string, pairs: string): string[] {
  const { toT, toS } = pairMaps(pairs);
  return [...new Set([query, mapChars(query, toT), mapChars(query, toS)])];
}

/** A query in the corpus's simplified characters: the form the index holds. */
export function toIndexScript(query: string, pairs: string): string {
  return mapChars(query, pairMaps(pairs).toS);
}
