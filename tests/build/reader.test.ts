import { existsSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { resolveTermLinks } from '../../src/corpus/renderMarkdown.ts';
import { languageTag, locales } from '../../src/i18n/locales.ts';
import { toTraditional } from '../../src/i18n/toTraditional.ts';
import { readPage } from '../support/dist.ts';

const corpus = loadCorpus(process.cwd());
const cases = locales.flatMap((locale) => corpus.documents.map((doc) => ({ locale, doc, file: `${locale}/documents/${doc.id}/index.html` })));

describe.each(cases)('dist/$file', ({ locale, doc, file }) => {
  // Parsed afresh for each test: the paragraph test removes reference links from its copy.
  let page = readPage('dist', file);
  beforeEach(() => {
    page = readPage('dist', file);
  });

  it('has the locale’s <html lang> and hreflang alternates to existing pages', () => {
    expect(page.querySelector('html')!.getAttribute('lang')).toBe(languageTag[locale]);
    const alternates = page.querySelectorAll('link[rel=alternate]');
    expect(alternates.map((l) => l.getAttribute('hreflang')).sort()).toEqual(['en', 'x-default', 'zh-Hans', 'zh-Hant']);
    for (const l of alternates) expect(existsSync(`dist${l.getAttribute('href')}index.html`)).toBe(true);
  });

  it('shows every paragraph of the seed, every character, in the page’s script', () => {
    const shown = page.querySelectorAll('.para__text');
    expect(shown).toHaveLength(doc.paragraphs.length);
    for (const p of doc.paragraphs) {
      const element = page.querySelector(`#p-${p.n} .para__text`)!;
      for (const ref of element.querySelectorAll('.ref')) ref.remove();
      const expected = doc.language === 'zh-Hans' && locale === 'zh-hant' ? toTraditional(p.text) : p.text;
      expect(element.text).toBe(expected);
    }
  });

  it('renders every annotation of the document: its note, its highlight and its reference', () => {
    for (const a of doc.annotations) {
      const note = page.querySelector(`[id="a-${a.id}"]`);
      expect(note, a.id).not.toBeNull();
      expect(note!.querySelector('.note__body')!.innerHTML).toBe(resolveTermLinks(a.noteHtml[languageTag[locale]], `/${locale}/glossary/`));
      const marked = page.querySelectorAll(`[data-annotations~="${a.id}"]`);
      expect(marked.length, a.id).toBeGreaterThan(0);
      expect(page.querySelectorAll(`a.ref[href="#a-${a.id}"]`)).toHaveLength(1);
    }
    expect(page.querySelectorAll('.note')).toHaveLength(doc.annotations.length);
  });
});

describe('the Chinese seed on zh-Hant pages', () => {
  const page = readPage('dist', 'zh-hant/documents/jinhua-best-cases/index.html');
  const source = page.querySelectorAll('.para__text').map((p) => p.text).join('\n');

  it('is shown in traditional characters and labelled as converted', () => {
    expect(source).toContain('經濟');
    expect(source).not.toContain('经济');
    expect(page.querySelector('.notice')!.text).toContain('自動轉換');
    expect(page.querySelector('.para__text')!.getAttribute('lang')).toBe('zh-Hant');
  });

  it('is in simplified on zh-Hans and English pages, with lang="zh-Hans"', () => {
    for (const locale of ['zh-hans', 'en']) {
      const text = readPage('dist', `${locale}/documents/jinhua-best-cases/index.html`).querySelector('#p-9 .para__text')!;
      expect(text.getAttribute('lang')).toBe('zh-Hans');
      expect(text.text).toContain('扩中');
    }
  });

  it('English seeds carry lang="en" on Chinese pages (language of parts)', () => {
    const text = readPage('dist', 'zh-hans/documents/ningbo-18-strategies/index.html').querySelector('.para__text')!;
    expect(text.getAttribute('lang')).toBe('en');
  });
});
