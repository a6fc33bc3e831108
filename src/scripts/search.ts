/**
 * Search page client. Loads Pagefind on demand, reads `?q=` and filters from the URL (so
 * searches are shareable), re-ranks exact matches first, and renders each result in the
 * reader's own locale and script from the record's metadata, linking to the passage.
 */
import { escapeHtml as escape } from '../reader/escapeHtml.ts';
import { containsEveryTerm, queryTerms } from '../search/queryTerms.ts';
import { scriptVariants, toIndexScript } from '../search/scriptMap.ts';

interface SearchConfig {
  pagefind: string;
  localePrefix: string;
  locale: 'en' | 'zh-hans' | 'zh-hant';
  indexLanguage: string;
  pairs: string;
  labels: { jurisdiction: Record<string, string>; theme: Record<string, string>; kind: Record<string, string>; document: Record<string, string> };
  strings: { count: string; none: string; loading: string; sourceEn: string; sourceZh: string; paragraph: string };
}
interface ResultData {
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE = 10;
const FILTERS = ['jurisdiction', 'theme', 'kind', 'document'] as const;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Escapes text and marks every occurrence of any needle (case-insensitive). */
function highlight(text: string, needles: string[]): string {
  const usable = needles.filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  if (!usable.length) return escape(text);
  const pattern = new RegExp(usable.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escape(text.slice(last, m.index))}<mark>${escape(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

/** A window of the text around the first match, so long notes stay short. */
function around(text: string, needles: string[], size = 220): string {
  const lower = text.toLowerCase();
  const at = Math.min(...needles.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0), Infinity);
  if (!Number.isFinite(at) || text.length <= size) return text.length > size ? `${text.slice(0, size)}…` : text;
  const start = Math.max(0, at - size / 3);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + size)}${start + size < text.length ? '…' : ''}`;
}

export async function enhanceSearch(doc: Document): Promise<void> {
  const config = JSON.parse(doc.getElementById('search-config')!.textContent!) as SearchConfig;
  const form = doc.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = doc.getElementById('search-status')!;
  const list = doc.getElementById('search-results')!;
  const more = doc.getElementById('search-more') as HTMLButtonElement;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ config.pagefind).then(async (pf: Pagefind) => {
      // Pagefind segments the query by the page's <html lang>, read synchronously when
      // init() starts, not by the language of the index it loads. Our one shared index is
      // segmented as Chinese (src/search/searchRecords.ts); queries must be cut the same
      // way on every locale's page, or an English page would look up 最低生活保障 as one
      // word. So Pagefind reads the index's language for that instant; the page's lang is
      // restored before any await.
      const html = doc.documentElement;
      const pageLang = html.lang;
      html.lang = config.indexLanguage;
      const ready = pf.init();
      html.lang = pageLang;
      await ready;
      return pf;
    }));

  const textsOf = (meta: Record<string, string>) => {
    const zh = meta['sourceLanguage'] === 'zh';
    const quote = config.locale === 'zh-hant' && zh ? meta['quoteHant']! : meta['quote']!;
    const note = { en: meta['noteEn'], 'zh-hans': meta['noteHans'], 'zh-hant': meta['noteHant'] }[config.locale] ?? '';
    return { quote, quoteLang: zh ? (config.locale === 'zh-hant' ? 'zh-Hant' : 'zh-Hans') : 'en', note };
  };
  const render = (meta: Record<string, string>, needles: string[]): string => {
    const { quote, quoteLang, note } = textsOf(meta);
    const href = `${config.localePrefix}documents/${meta['doc']}/#${meta['anchor']}`;
    const source = meta['type'] === 'paragraph' ? config.strings.paragraph : meta['sourceLanguage'] === 'zh' ? config.strings.sourceZh : config.strings.sourceEn;
    const themes = (meta['themes'] ?? '').split(' ').filter(Boolean).map((t) => `<span class="chip">${escape(config.labels.theme[t] ?? t)}</span>`).join(' ');
    return `<li class="result">
<a class="result__title" href="${escape(href)}">${escape(config.labels.jurisdiction[meta['jurisdiction']!] ?? '')} · ${escape(config.labels.document[meta['doc']!] ?? '')}</a>
<p class="result__meta">${escape(config.labels.kind[meta['kind']!] ?? source)} · <span class="result__lang">${escape(source)}</span>${themes ? ` · ${themes}` : ''}</p>
<p class="result__excerpt"><q lang="${quoteLang}">${highlight(around(quote, needles), needles)}</q></p>
${note ? `<p class="result__excerpt">${highlight(around(note, needles), needles)}</p>` : ''}
</li>`;
  };

  const run = async (pushUrl: boolean) => {
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = form.querySelector<HTMLSelectElement>(`select[name=${name}]`)?.value;
      if (value) filters[name] = value;
    }
    if (pushUrl) {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const [k, v] of Object.entries(filters)) params.set(k, v);
      doc.defaultView?.history.replaceState(null, '', `${doc.location.pathname}${params.size ? `?${params}` : ''}`);
    }
    list.innerHTML = '';
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = config.strings.loading;
    const pf = await load();
    const indexQuery = toIndexScript(q, config.pairs);
    const { results } = await pf.search(indexQuery, { filters });
    const needles = scriptVariants(q, config.pairs).flatMap((v) => [v, ...v.split(/\s+/)]);
    // A short Chinese term (低保, 户籍, 宅基地): Pagefind also matches its characters
    // apart. Passages tagged with a glossary term containing it (an index-only filter,
    // no result data needed) come first, then the rest in Pagefind's order.
    let ordered: PagefindResult[] = results;
    if (/^\p{Script=Han}{2,4}$/u.test(indexQuery)) {
      const tagged = (await pf.search(indexQuery, { filters: { ...filters, term: indexQuery } })).results;
      const first = new Set(tagged.map((r) => r.id));
      ordered = [...tagged, ...results.filter((r) => !first.has(r.id))];
    }
    // Each result's data is fetched once, whether to check it or to show it.
    const data = new Map<string, Promise<ResultData>>();
    const dataOf = (r: PagefindResult) => data.get(r.id) ?? data.set(r.id, r.data()).get(r.id)!;
    // Pagefind backtracks a term that matches nothing (`aaaa` → `a`): then the best result
    // lacks that term, and there are in truth no results (src/search/queryTerms.ts). The
    // check needs only the data the first result shows anyway, so it costs no extra
    // request or wait; no result is filled in before it passes.
    const terms = queryTerms(indexQuery, config.indexLanguage);
    const best = ordered[0];
    const genuine = best ? dataOf(best).then(({ content, meta }) => containsEveryTerm(`${content} ${meta['title'] ?? ''}`, terms)) : Promise.resolve(true);
    let shown = 0;
    // Each result appears as soon as its data arrives, in order.
    const showNext = async () => {
      const batch = ordered.slice(shown, shown + PAGE);
      const slots = batch.map(() => list.appendChild(doc.createElement('li')));
      shown += batch.length;
      more.hidden = shown >= ordered.length;
      await Promise.all(
        batch.map(async (r, i) => {
          const { meta } = await dataOf(r);
          if (await genuine) slots[i]!.outerHTML = render(meta, needles);
        }),
      );
    };
    await showNext();
    if (!(await genuine)) {
      ordered = [];
      list.innerHTML = '';
      more.hidden = true;
    }
    more.onclick = () => void showNext();
    status.textContent = ordered.length ? fill(config.strings.count, { n: ordered.length, q }) : fill(config.strings.none, { q });
  };

  const params = new URLSearchParams(doc.location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    if (select && params.get(name)) select.value = params.get(name)!;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as Element).tagName === 'SELECT') void run(true);
  });
  // A reader on the search page means to search: start Pagefind (script, WebAssembly,
  // index entry) now, so the first query does not wait for it.
  void load();
  if (input.value) await run(false);
}
