import * as OpenCC from 'opencc-js/cn2t';

/**
 * Simplified → traditional (Taiwan standard) for the zh-Hant locale, at build time only.
 *
 * opencc `cn → tw`, not `twp`: twp also rewrites mainland vocabulary into Taiwanese
 * vocabulary, which changes policy terms (低保对象 → 低保物件, 信息 → 資訊). Readers of
 * a policy source need the same words in traditional characters, not different words.
 */

/**
 * Phrases opencc gets wrong for these sources. Each entry has a test in
 * tests/unit/toTraditional.test.ts; add the test with the entry.
 */
export const traditionalOverrides: readonly { simplified: string; traditional: string; why: string }[] = [
  { simplified: '范卫东', traditional: '范衛東', why: 'surname 范 stays 范 (opencc: 範衛東)' },
  { simplified: '余影', traditional: '余影', why: 'surname 余 stays 余 (opencc: 餘影)' },
  { simplified: '发布', traditional: '發布', why: 'Taiwan official usage writes 發布 (新聞發布會), opencc gives 發佈' },
];

let converter: ((text: string) => string) | undefined;

/** One opencc converter per build: its dictionaries take ~100 ms to load. */
function opencc(): (text: string) => string {
  return (converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
}

const overridePattern = new RegExp(
  [...traditionalOverrides]
    .sort((a, b) => b.simplified.length - a.simplified.length)
    .map((o) => o.simplified.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
const overrideMap = new Map(traditionalOverrides.map((o) => [o.simplified, o.traditional]));

/** Converts simplified Chinese to traditional; Latin text and punctuation pass through. */
export function toTraditional(text: string): string {
  const convert = opencc();
  let out = '';
  let cursor = 0;
  for (const match of text.matchAll(overridePattern)) {
    out += convert(text.slice(cursor, match.index)) + overrideMap.get(match[0])!;
    cursor = match.index + match[0].length;
  }
  return out + convert(text.slice(cursor));
}
