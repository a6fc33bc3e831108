/**
 * Pagefind scores a two-character Chinese query such as 低保 by its characters, so a
 * passage with 低 and 保 far apart can score close to one with the term itself. After
 * Pagefind has ranked, results whose text contains the query exactly (in either script)
 * are moved ahead of those that only contain its parts; order is otherwise kept.
 */
export function rankExactFirst<T>(results: readonly T[], query: string, textOf: (r: T) => string, variants: (q: string) => string[] = (q) => [q]): T[] {
  const needles = variants(query.trim().toLowerCase()).filter(Boolean);
  if (!needles.length) return [...results];
  const exact = (r: T) => {
    const text = textOf(r).toLowerCase();
    return needles.some((n) => text.includes(n));
  };
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}
