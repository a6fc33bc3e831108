import { describe, expect, it } from 'vitest';
import { describeCodePoint, lookalikeDifferences } from '../../src/corpus/codePoints.ts';
import { decodeText } from '../../src/corpus/decodeText.ts';
import { repeatedAttributes } from '../../src/corpus/directiveAttributes.ts';
import { annotationFileProblem } from '../../src/corpus/annotationFileName.ts';

describe('decodeText: one decoding for every authored file', () => {
  it('strips a leading BOM and normalises CRLF and lone CR', () => {
    expect(decodeText(Buffer.from('\uFEFFa\r\nb\rc\n', 'utf8'))).toBe('a\nb\nc\n');
  });
  it('keeps a BOM that is not at the start (it is content there, and the quote check will name it)', () => {
    expect(decodeText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('code points named for invisible and look-alike differences', () => {
  it.each([
    ['，', 'U+FF0C FULLWIDTH COMMA (，)'],
    [',', 'U+002C COMMA (,)'],
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['\uF90A', 'U+F90A CJK COMPATIBILITY IDEOGRAPH-F90A (\uF90A)'],
    ['金', 'U+91D1 CJK UNIFIED IDEOGRAPH-91D1 (金)'],
    ['Ａ', 'U+FF21 FULLWIDTH LATIN CAPITAL LETTER A (Ａ)'],
    ['\u00a0', 'U+00A0 NO-BREAK SPACE'],
  ])('%s → %s', (ch, name) => expect(describeCodePoint(ch)).toBe(name));

  it('explains a difference only when the texts match once invisible and compatibility forms are set aside', () => {
    expect(lookalikeDifferences('黄金, 金华', '黄金， 金华')).toBe('the quote has U+FF0C FULLWIDTH COMMA (，) where the seed has U+002C COMMA (,)');
    expect(lookalikeDifferences('abc def', 'abc\u200b def')).toBe('the quote has U+200B ZERO WIDTH SPACE where the seed has nothing');
    expect(lookalikeDifferences('abc def', 'abc xyz')).toBeUndefined();
    expect(lookalikeDifferences('abc def', 'abc def')).toBeUndefined();
  });
});

describe('attributes given twice, read from the opening line as written', () => {
  it('finds two ids and a repeated key; accepts quoted values with spaces', () => {
    expect(repeatedAttributes(':::annotation{#a kind=target themes="x y"}')).toEqual([]);
    expect(repeatedAttributes(':::annotation{#a #b kind=target}')[0]).toMatch(/^found 2 ids \(`#a`, `#b`\)/);
    expect(repeatedAttributes(`:::annotation{#a themes="x y" kind=target themes='z'}`)[0]).toMatch(/^found `themes=` 2 times/);
    expect(repeatedAttributes(':::annotation{#a prefix="#b is not an id" kind=target}')).toEqual([]);
  });
});

describe('annotation file names', () => {
  const ids = ['ningbo-18-strategies', 'jinhua-best-cases'];
  it.each([
    ['ningbo-18-strategies.md', true, undefined],
    ['README.md', true, undefined],
    ['ningbo-18-strategies.MD', true, /lowercase `\.md`.*did you mean `ningbo-18-strategies\.md`/],
    ['ningbo-18-strategies.md.txt', true, /lowercase `\.md`/],
    ['.DS_Store', true, /lowercase `\.md`/],
    ['ningbo.md', true, /named after no document.*did you mean/],
    ['drafts', false, /found a folder/],
  ])('%s', (name, isFile, expected) => {
    const problem = annotationFileProblem(name, isFile, ids);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});
