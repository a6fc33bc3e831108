/** Edit distance (Levenshtein) between two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known value nearest to a mistyped one, or undefined when nothing is close enough
 * to be a plausible typo (more than a third of the word differs) and no known value
 * contains it or is contained in it.
 */
export function nearest(input: string, known: Iterable<string>): string | undefined {
  const candidates = [...known]; // iterated twice: a Map's key iterator would be spent after once
  let best: { value: string; d: number } | undefined;
  for (const value of candidates) {
    const d = distance(input, value);
    if (!best || d < best.d) best = { value, d };
  }
  if (!best) return undefined;
  if (best.d <= Math.max(2, Math.floor(input.length / 3))) return best.value;
  for (const value of candidates) if (value.includes(input) || input.includes(value)) return value;
  return undefined;
}

/** " did you mean `x`?" or "" — appended to messages about unknown ids. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const guess = nearest(input, known);
  return guess ? `; did you mean "${guess}"?` : '';
}
