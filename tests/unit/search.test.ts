import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { toTraditional } from '../../src/i18n/toTraditional.ts';
import { pinyinForms } from '../../src/search/pinyinForms.ts';
import { renderNote } from '../../src/corpus/renderMarkdown.ts';
import { containsEveryTerm, queryTerms } from '../../src/search/queryTerms.ts';
import { scriptPairs, scriptVariants, toIndexScript } from '../../src/search/scriptMap.ts';
import { searchRecords, termPieces } from '../../src/search/searchRecords.ts';

describe('search records', () => {
  const corpus = loadCorpus(process.cwd());
  const records = searchRecords(corpus);

  it('has one record per substantive annotation, each pointing at its passage', () => {
    const annotations = records.filter((r) => r.meta['type'] === 'annotation');
    expect(annotations).toHaveLength(corpus.annotations.filter((a) => a.kind !== 'boilerplate').length);
    for (const r of annotations) expect(r.url).toMatch(/^documents\/[\w-]+\/#a-[\w-]+$/);
  });

  it('never indexes page furniture', () => {
    const furniture = corpus.annotations.filter((a) => a.kind === 'boilerplate');
    for (const a of furniture) {
      expect(records.some((r) => r.url.endsWith(`#a-${a.id}`))).toBe(false);
      // A paragraph that is wholly furniture is not indexed as plain text either.
      for (const n of a.paragraphs) {
        const p = corpus.documents.find((d) => d.id === a.document)!.paragraphs[n - 1]!;
        if (a.start <= p.start + p.text.search(/\S/) && a.end >= p.end) expect(records.some((r) => r.url.endsWith(`/#p-${n}`) && r.url.includes(a.document))).toBe(false);
      }
    }
  });

  it('makes each measure findable in English, simplified, traditional and pinyin', () => {
    const dibao = records.find((r) => r.url.endsWith('#a-ningbo-dibao-standard'))!;
    for (const needle of ['minimum living standard', '低保', '最低生活保障', 'dibao', 'dībǎo', 'zuidi shenghuo baozhang']) expect(dibao.content).toContain(needle);
    const jinhua = records.find((r) => r.url.endsWith('#a-jinhua-yiwu-homestead-reform'))!;
    expect(jinhua.content).toContain('宅基地');
    // Traditional is shown from meta, and reached through the client's query mapping.
    expect(jinhua.content).not.toContain(toTraditional('三权分置'));
    expect(jinhua.meta['quoteHant']).toContain(toTraditional('三权分置'));
  });

  it('no search record carries an HTML entity or tag', () => {
    for (const r of records) for (const key of ['noteEn', 'noteHans', 'noteHant'] as const) expect(r.meta[key]).not.toMatch(/&#?\w+;|<\/?[a-z]/);
  });
});

describe('search helpers', () => {
  it('note text comes from the rendered tree: inline words together, blocks apart, entities decoded', () => {
    const { html, text } = renderNote('提高[低保](term:dibao)标准 & R&D, 1 < 2\n\nNext');
    expect(html).toContain('R&#x26;D'); // what the renderer writes…
    expect(text).toBe('提高低保标准 & R&D, 1 < 2\n\nNext'); // …and what readers (and search) see
  });
  it('queryTerms cuts a query as Pagefind does: words, Chinese segmented, without diacritics or punctuation', () => {
    expect(queryTerms('Aid Pass 救助', 'zh')).toEqual(['aid', 'pass', '救助']);
    expect(queryTerms('最低生活保障', 'zh')).toEqual(['最低', '生活', '保障']);
    expect(queryTerms('dībǎo 6,200 cash-for-work', 'zh')).toEqual(['dibao', '6200', 'cash', 'for', 'work']);
  });
  it('containsEveryTerm tells a backtracked term (aaaa run as a) from a matched one or a prefix', () => {
    const text = 'A minimum living standard (dībǎo) of 14,000 yuan in Ningbo';
    expect(containsEveryTerm(text, queryTerms('aaaa', 'zh'))).toBe(false);
    expect(containsEveryTerm(text, queryTerms('Ningboxyzqq', 'zh'))).toBe(false);
    expect(containsEveryTerm(text, queryTerms('ningbo dibao 14,000', 'zh'))).toBe(true);
    expect(containsEveryTerm(text, queryTerms('stand', 'zh'))).toBe(true);
  });
  it('pinyinForms gives toned, toneless and run-together forms', () => {
    expect(pinyinForms('hùjí (hùkǒu)')).toEqual(['hùjí (hùkǒu)', 'huji hukou', 'hujihukou']);
  });
  it('termPieces gives the 2–4 character pieces of glossary terms, for the short-term filter', () => {
    const pieces = termPieces(['最低生活保障（低保）', '宅基地“三权分置”']);
    for (const p of ['低保', '最低', '生活保障', '宅基地', '三权', '分置']) expect(pieces).toContain(p);
    expect(pieces.every((p) => p.length >= 2 && p.length <= 4)).toBe(true);
    expect(pieces).not.toContain('保（低');
  });
  it('the conversion aid maps between scripts for highlighting, both ways', () => {
    const pairs = scriptPairs(['养老服务', '户籍制度'], toTraditional);
    expect(pairs.length).toBeLessThan(20);
    expect(scriptVariants('养老', pairs)).toEqual(['养老', '養老']);
    expect(scriptVariants('戶籍', pairs)).toEqual(['戶籍', '户籍']);
    expect(toIndexScript('養老 hukou 戶籍', pairs)).toBe('养老 hukou 户籍');
  });
});
