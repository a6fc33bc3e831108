import type { Corpus } from '../corpus/loadCorpus.ts';
import { toTraditional } from '../i18n/toTraditional.ts';
import { pinyinForms } from './pinyinForms.ts';

/** One search result-to-be, as handed to Pagefind's addCustomRecord. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * All locales share one index, in language `zh`: Pagefind then segments Chinese into
 * words at index time (with `en`, a run of Chinese between punctuation is one token, so
 * 托育 inside 普惠托育服务 could never be found). English words still match whole and by
 * prefix; only English stemming is given up. Each record's indexed text is the passage
 * and its notes in English and simplified Chinese, plus the glossary terms it uses in
 * hanzi, pinyin (with and without tones) and English, so a query in any language finds
 * it from any locale's page. Traditional text is kept out of the index (the segmenter
 * cuts it worse, and it would double the Chinese): the browser maps a traditional query
 * to simplified with the corpus's own character pairs (scriptMap.ts), and shows results
 * in the reader's script from `meta`. `url` is the route below the locale prefix.
 */
export const SEARCH_LANGUAGE = 'zh';
// Metadata is fetched per result: keep it to what an excerpt can show (a ~220-character window).
/**
 * The short Chinese terms a record is tagged with: every 2–4 character piece of the
 * hanzi of its glossary terms (最低生活保障（低保）→ 低保, 最低, 生活保障 …). Stored as a
 * Pagefind filter, they let the search page put passages tagged with a short query term
 * first without fetching any result data.
 */
export function termPieces(hanzi: readonly string[]): string[] {
  const pieces = new Set<string>();
  for (const run of hanzi.flatMap((h) => h.split(/[^\p{Script=Han}]+/u)).filter(Boolean)) {
    for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) pieces.add(run.slice(i, i + n));
  }
  return [...pieces].sort();
}

/** Rendered note text (blocks on their own lines) as one line for the index and excerpts. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const cap = (text: string, n = 320) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const terms = corpus.termById;
  const records: SearchRecord[] = [];

  for (const doc of corpus.documents) {
    const chinese = doc.language === 'zh-Hans';

    for (const a of doc.annotations) {
      if (a.kind === 'boilerplate') continue;
      const termText = a.terms.flatMap((id) => {
        const t = terms.get(id)!;
        return [t.hanzi, ...pinyinForms(t.pinyin), ...t.en];
      });
      // The text readers see, from the rendered tree (entities decoded: R&D, not R&#x26;D).
      const notes = { en: oneLine(a.noteText.en), hans: oneLine(a.noteText['zh-Hans']), hant: oneLine(a.noteText['zh-Hant']) };
      records.push({
        url: `documents/${doc.id}/#a-${a.id}`,
        language: SEARCH_LANGUAGE,
        content: [a.quote, notes.en, notes.hans, ...termText].join('\n'),
        meta: {
          title: a.id,
          type: 'annotation',
          doc: doc.id,
          anchor: `a-${a.id}`,
          jurisdiction: doc.jurisdiction,
          kind: a.kind,
          themes: a.themes.join(' '),
          sourceLanguage: chinese ? 'zh' : 'en',
          quote: cap(a.quote),
          quoteHant: chinese ? cap(toTraditional(a.quote)) : '',
          noteEn: cap(notes.en),
          noteHans: cap(notes.hans),
          noteHant: cap(notes.hant),
        },
        filters: { jurisdiction: [doc.jurisdiction], theme: a.themes, document: [doc.id], kind: [a.kind], term: termPieces(a.terms.map((id) => terms.get(id)!.hanzi)) },
      });
    }

    // Paragraphs with no substantive annotation are searchable as plain source text;
    // page furniture never is.
    const annotated = new Set(doc.annotations.filter((a) => a.kind !== 'boilerplate').flatMap((a) => a.paragraphs));
    const furniture = doc.annotations.filter((a) => a.kind === 'boilerplate');
    for (const p of doc.paragraphs) {
      if (annotated.has(p.n)) continue;
      const isFurniture = furniture.some((a) => a.start <= p.start + p.text.search(/\S/) && a.end >= p.end);
      if (isFurniture) continue;
      records.push({
        url: `documents/${doc.id}/#p-${p.n}`,
        language: SEARCH_LANGUAGE,
        content: p.text.trim(),
        meta: {
          title: `${doc.id} p-${p.n}`,
          type: 'paragraph',
          doc: doc.id,
          anchor: `p-${p.n}`,
          jurisdiction: doc.jurisdiction,
          kind: 'paragraph',
          themes: '',
          sourceLanguage: chinese ? 'zh' : 'en',
          quote: cap(p.text.trim()),
          quoteHant: chinese ? cap(toTraditional(p.text.trim())) : '',
          noteEn: '',
          noteHans: '',
          noteHant: '',
        },
        filters: { jurisdiction: [doc.jurisdiction], theme: [], document: [doc.id], kind: ['paragraph'], term: [] },
      });
    }
  }
  return records;
}
