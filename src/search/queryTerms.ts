/**
 * Why a query for a word that occurs nowhere (`aaaa`, `Ningboxyzqq`) used to return
 * results: when a query term matches no indexed word, Pagefind *backtracks* — it drops
 * characters from the end of the term until something matches, with no limit (Pagefind
 * issue #599: `sdafadsfasdf` finds pages with `sd`). So `aaaa` ran as `a` (133 results)
 * and `Ningboxyzqq` as `ningbo` (39). Pagefind has no option to turn this off, and its
 * exact mode (`"…"`) is a phrase search without prefixes, so it cannot replace it.
 *
 * The fix, checked against what Pagefind returned: a term that was matched as itself (or
 * as the prefix of a longer word, which readers rely on) occurs in every result, so it
 * occurs in the best one; a backtracked term does not, in any result. The search page
 * therefore shows no results when the best result lacks one of the query's terms.
 */

/** Letters and digits only, lower case, without diacritics: how Pagefind compares words. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '');
}

/** The words of a query as Pagefind cuts them (Intl.Segmenter in the index's language). */
export function queryTerms(query: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => searchable(s.segment)).filter(Boolean);
}

/** Whether every term occurs in a result's indexed text (false: Pagefind backtracked one). */
export function containsEveryTerm(text: string, terms: readonly string[]): boolean {
  const haystack = searchable(text);
  return terms.every((t) => haystack.includes(t));
}
