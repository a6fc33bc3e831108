import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/corpus/loadCorpus.ts';
import { splitParagraphs } from '../../src/corpus/paragraphs.ts';
import { paragraphHtml } from '../../src/reader/paragraphHtml.ts';
import { segmentParagraph } from '../../src/reader/segmentParagraph.ts';
import { toTraditional } from '../../src/i18n/toTraditional.ts';

/** Only the fields segmentation reads; the rest of an Annotation is irrelevant here. */
const at = (id: string, kind: Annotation['kind'], text: string, quote: string, from = 0): Annotation => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { id, kind, start, end: start + quote.length } as Annotation;
};

const text = 'Ningbo <raises> the dibao to 14,000 yuan a year & keeps 6,200 posts.\n\nf t g m';
const [p1, p2] = splitParagraphs(text);
const outer = at('outer', 'measure', text, 'raises> the dibao to 14,000 yuan a year');
const inner = at('inner', 'figure', text, '14,000 yuan a year & keeps');
const furniture = at('buttons', 'boilerplate', text, 'f t g m');
const all = [outer, inner, furniture];
const numberOf = (a: Annotation) => all.indexOf(a) + 1;
const options = { numberOf, refLabel: (n: number) => `Note ${n}` };

describe('segmentParagraph', () => {
  it('cuts overlapping annotations into flat runs that cover every character once', () => {
    const segments = segmentParagraph(p1!, all);
    expect(segments.map((s) => s.text).join('')).toBe(p1!.text);
    expect(segments.map((s) => s.covering.map((a) => a.id))).toEqual([[], ['outer'], ['outer', 'inner'], ['inner'], []]);
  });

  it('places each reference where its annotation ends', () => {
    const segments = segmentParagraph(p1!, all);
    expect(segments.map((s) => s.refs.map((a) => a.id))).toEqual([[], [], ['outer'], ['inner'], []]);
  });

  it('converts a whole paragraph at once when conversion keeps its length', () => {
    const zh = '我们要把头发剪短';
    const [p] = splitParagraphs(zh);
    const a = at('a', 'measure', zh, '头', 0);
    const segments = segmentParagraph(p!, [a], toTraditional);
    // Converted as one phrase (頭髮), not as 头 + 发 (頭 + 發).
    expect(segments.map((s) => s.text).join('')).toBe('我們要把頭髮剪短');
  });
});

describe('paragraphHtml', () => {
  it('escapes seed text, marks nesting depth and kinds, dims page furniture', async () => {
    const html = `${paragraphHtml(p1!, all, options)}\n${paragraphHtml(p2!, all, options)}\n`;
    expect(html).not.toContain('<raises>');
    expect(html).toContain('Ningbo &lt;<mark');
    expect(html).toContain('raises&gt; the dibao');
    expect(html).toContain('<span class="boilerplate" data-pagefind-ignore data-annotations="buttons">f t g m</span>');
    await expect(html).toMatchFileSnapshot('__snapshots__/paragraphHtml.html');
  });
});
