/**
 * The ways a reader may type a pinyin term: with tone marks (dībǎo), without (di bao),
 * and run together (dibao) — how most people type "hukou" or "dibao".
 */
export function pinyinForms(pinyin: string): string[] {
  const toneless = pinyin.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[“”"()（）]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return [...new Set([pinyin, toneless, toneless.replace(/\s+/g, '')])];
}
