/**
 * Citations: each style against strings written out and checked by hand against the
 * style's rules (CMOS 18 notes 14.104 web pages, 14.72 organisations, 14.98 translated
 * titles, bracketed "?" for an inferred date; APA 7 §9.8 group authors, §10.16 web pages
 * with "ca." for an approximate date; GB/T 7714—2015 §4.8 electronic resources [EB/OL],
 * §8.8.2 an estimated year in square brackets), for an English source (Hangzhou) and a
 * Chinese one (Jinhua); and BibTeX and RIS read back through Citation.js.
 */
import { describe, expect, it } from 'vitest';
import { noteCitations, passageCitations } from '../../src/citations/citationForms.ts';
import { documentItems, citeFile } from '../../src/citations/citeFiles.ts';
import { noteItem, passageItem } from '../../src/citations/cslItems.ts';
import { formatCitation, parseCitations } from '../../src/citations/engine.ts';
import { getCorpus, type Annotation } from '../../src/corpus/loadCorpus.ts';
import type { LastCommit } from '../../src/history/lastCommitDate.ts';

const corpus = getCorpus();
const hangzhou = corpus.documentById.get('hangzhou-action-plan')!;
const jinhua = corpus.documentById.get('jinhua-best-cases')!;
/** A passage in paragraph 5, so the expected strings do not hang on the annotations' ids. */
const at5 = (doc: typeof hangzhou): Annotation => ({ ...doc.annotations[0]!, id: 'example', paragraphs: [5] });
const changed: LastCommit = { kind: 'commit', date: '2026-11-30' };
const en = { locale: 'en', base: '/', site: undefined } as const;
const zh = { locale: 'zh-hans', base: '/', site: undefined } as const;
const styles = (list: { style: string; html: string }[]) => Object.fromEntries(list.map((c) => [c.style, c.html]));

describe('citing the passage (the source document, located)', { timeout: 60_000 }, () => {
  it('English source in Chicago, APA and GB/T', () => {
    const c = styles(passageCitations(hangzhou, at5(hangzhou), en, changed));
    // CMOS 14.104 puts a comma after the quoted title. citeproc-js drops it when the date
    // is circa (see the next test), the one deviation found in checking these strings.
    expect(c['chicago-notes-bibliography']).toBe(
      '“Action Plan for Hangzhou to Be a Model City for Zhejiang’s Common Prosperity Demonstration Zone (2021–2025)” Common Prosperity Policy Atlas, China News Service (reporter Wang Yifei), reporting the plan issued by Hangzhou, [July 30, 2021?], para. 5, /en/documents/hangzhou-action-plan/#a-example.',
    );
    expect(c.apa).toBe(
      'China News Service (reporter Wang Yifei), reporting the plan issued by Hangzhou. (ca. 2021, July 30). <i>Action Plan for Hangzhou to be a model city for Zhejiang’s common prosperity demonstration zone (2021–2025)</i>. Common Prosperity Policy Atlas. /en/documents/hangzhou-action-plan/#a-example',
    );
    expect(c['china-national-standard-gb-t-7714-2015-numeric']).toBe(
      'Action Plan for Hangzhou to be a model city for Zhejiang’s common prosperity demonstration zone (2021–2025)[EB/OL]. China News Service (reporter Wang Yifei), reporting the plan issued by Hangzhou, [2021]. /en/documents/hangzhou-action-plan/#a-example.',
    );
  });

  it('citeproc-js keeps Chicago’s comma after the title with a plain date, drops it with a circa one', () => {
    const item = { id: 'x', type: 'webpage', title: 'Plan to act', 'container-title': 'Atlas', URL: '/x/' };
    expect(formatCitation({ ...item, issued: { 'date-parts': [[2021]] } }, 'chicago-notes-bibliography', 'en-US')).toBe('“Plan to Act,” Atlas, 2021, /x/.');
    expect(formatCitation({ ...item, issued: { 'date-parts': [[2021]], circa: true } }, 'chicago-notes-bibliography', 'en-US')).toBe('“Plan to Act” Atlas, [2021?], /x/.');
  });

  it('Chinese source: original title with the translation in brackets in English styles; Chinese title in GB/T on Chinese pages', () => {
    const c = styles(passageCitations(jinhua, at5(jinhua), en, changed));
    expect(c['chicago-notes-bibliography']).toBe(
      '“最佳典型案例出炉金华如何推进共同富裕 [Best cases announced: how Jinhua advances common prosperity (press conference)]” Common Prosperity Policy Atlas, Jinhua municipal press conference (speakers Cai Yan, Jin Wensheng, Hu Zuotao, Ma Yue), reposted by a third-party website, [February 16, 2022?], para. 5, /en/documents/jinhua-best-cases/#a-example.',
    );
    expect(c.apa).toBe(
      'Jinhua municipal press conference (speakers Cai Yan, Jin Wensheng, Hu Zuotao, Ma Yue), reposted by a third-party website. (ca. 2022, February 16). <i>最佳典型案例出炉金华如何推进共同富裕 [Best cases announced: how Jinhua advances common prosperity (press conference)]</i>. Common Prosperity Policy Atlas. /en/documents/jinhua-best-cases/#a-example',
    );
    const z = styles(passageCitations(jinhua, at5(jinhua), zh, changed));
    expect(z['china-national-standard-gb-t-7714-2015-numeric']).toBe(
      '最佳典型案例出炉金华如何推进共同富裕[EB/OL]. 金华市推进共同富裕最佳典型案例新闻发布会（发布人蔡艳、金文胜、胡作滔、马越），由第三方网站转载, [2022]. /zh-hans/documents/jinhua-best-cases/#a-example.',
    );
    const h = styles(passageCitations(hangzhou, at5(hangzhou), zh, changed));
    expect(h['china-national-standard-gb-t-7714-2015-numeric']).toBe(
      '杭州争当浙江高质量发展建设共同富裕示范区城市范例行动计划（2021—2025年）[EB/OL]. 中国新闻网（记者王逸飞）报道杭州市印发的行动计划, [2021]. /zh-hans/documents/hangzhou-action-plan/#a-example.',
    );
    // Chicago and APA stay in English for English-language papers, on any locale.
    expect(styles(passageCitations(jinhua, at5(jinhua), zh, changed)).apa).toBe(c.apa!.replace('/en/', '/zh-hans/'));
  });

  it('zh-Hant pages show GB/T in traditional characters', () => {
    const t = styles(passageCitations(jinhua, at5(jinhua), { ...zh, locale: 'zh-hant' }, changed));
    expect(t['china-national-standard-gb-t-7714-2015-numeric']).toContain('最佳典型案例出爐金華如何推進共同富裕[EB/OL]');
  });
});

describe('citing the note (the annotation as the site’s own item)', { timeout: 60_000 }, () => {
  it('English source: the site as author and container, dated by the annotation file’s last commit', () => {
    const c = styles(noteCitations(hangzhou, at5(hangzhou), en, changed));
    expect(c['chicago-notes-bibliography']).toBe(
      'Common Prosperity Policy Atlas, “Note on ‘Action Plan for Hangzhou to Be a Model City for Zhejiang’s Common Prosperity Demonstration Zone (2021–2025),’ Paragraph 5,” Common Prosperity Policy Atlas, November 30, 2026, /en/documents/hangzhou-action-plan/#a-example.',
    );
    expect(c.apa).toBe(
      'Common Prosperity Policy Atlas. (2026, November 30). <i>Note on “Action Plan for Hangzhou to be a model city for Zhejiang’s common prosperity demonstration zone (2021–2025),” paragraph 5</i>. Common Prosperity Policy Atlas. /en/documents/hangzhou-action-plan/#a-example',
    );
    // GB/T capitalises a Latin-script responsible party in full.
    expect(c['china-national-standard-gb-t-7714-2015-numeric']).toBe(
      'COMMON PROSPERITY POLICY ATLAS. Note on “Action Plan for Hangzhou to be a model city for Zhejiang’s common prosperity demonstration zone (2021–2025),” paragraph 5[EB/OL]. (2026-11-30). /en/documents/hangzhou-action-plan/#a-example.',
    );
  });

  it('Chinese source in GB/T on a Chinese page', () => {
    const z = styles(noteCitations(jinhua, at5(jinhua), zh, changed));
    expect(z['china-national-standard-gb-t-7714-2015-numeric']).toBe('共同富裕政策对照. 《最佳典型案例出炉金华如何推进共同富裕》第5段注释[EB/OL]. (2026-11-30). /zh-hans/documents/jinhua-best-cases/#a-example.');
  });

  it('no git history: no date, never an invented one', () => {
    const item = noteItem(hangzhou, at5(hangzhou), 'en', en, { kind: 'no-history' });
    expect(item.issued).toBeUndefined();
    expect(styles(noteCitations(hangzhou, at5(hangzhou), en, { kind: 'no-history' })).apa).toContain('(n.d.)');
  });

  it('the URL placeholder gives exactly what citeproc gives for the real URL', () => {
    const ctx = { locale: 'zh-hant', base: '/policy-atlas/', site: new URL('https://example.org') } as const;
    const a = at5(jinhua);
    for (const c of passageCitations(jinhua, a, ctx, changed)) {
      const lang = c.style === 'china-national-standard-gb-t-7714-2015-numeric' ? 'zh' : 'en';
      const direct = formatCitation(passageItem(jinhua, a, lang, ctx), c.style, lang === 'zh' ? 'zh-CN' : 'en-US', { locator: '5', label: 'paragraph' });
      expect(c.html).toContain('https://example.org/policy-atlas/zh-hant/documents/jinhua-best-cases/#a-example');
      if (lang === 'en') expect(c.html).toBe(direct);
    }
  });
});

describe('BibTeX, RIS and CSL-JSON files', { timeout: 60_000 }, () => {
  const fields = (item: Record<string, unknown>) => ({
    title: item.title,
    URL: item.URL,
    issued: (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'],
    author: (item.author as { literal?: string; family?: string }[] | undefined)?.map((n) => n.literal ?? n.family),
    note: item.note,
  });
  for (const lang of ['en', 'zh'] as const) {
    const items = documentItems(jinhua, lang, '/', new URL('https://example.org'), changed);
    it(`${lang}: BibTeX parses back to the same title, URL, date, author and note`, () => {
      const back = parseCitations(citeFile(items, 'bib'));
      expect(back.map((i) => i.id)).toEqual(items.map((i) => i.id));
      expect(back.map(fields)).toEqual(items.map(fields));
    });
    it(`${lang}: RIS parses back to the same title, URL, date, author and note`, () => {
      const back = parseCitations(citeFile(items, 'ris'));
      expect(back.map((i) => i.id)).toEqual(items.map((i) => i.id));
      expect(back.map(fields)).toEqual(items.map(fields));
    });
    it(`${lang}: CSL-JSON is the items themselves`, () => {
      expect(JSON.parse(citeFile(items, 'json'))).toEqual(items);
    });
  }
});
