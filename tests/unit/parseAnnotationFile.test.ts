import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/corpus/contentError.ts';
import { parseAnnotationFile } from '../../src/corpus/parseAnnotationFile.ts';

const FILE = 'content/annotations/example.md';
function parse(text: string) {
  const problems: ContentProblem[] = [];
  const found = parseAnnotationFile(text, FILE, problems);
  return { found, problems, messages: problems.map((p) => `${p.line} ${p.id ?? ''} ${p.message}`) };
}

const valid = `# Commentary outside blocks is ignored

:::annotation{#ningbo-dibao kind=target themes="social-assistance, employment" terms="dibao"}
> the minimum living standards
> will reach 14,000 yuan per year

- figure: {value: 14000, unit: CNY, period: year, status: stated, raw: "14,000 yuan per year"}

Ningbo's *dibao* reaches **14,000** yuan.

- a list inside the note is fine

---

宁波低保标准达到每年14,000元。
:::
`;

describe('parseAnnotationFile', () => {
  it('parses a block: attributes, quote from raw source, figures, both notes, line', () => {
    const { found, problems } = parse(valid);
    expect(problems).toEqual([]);
    expect(found).toHaveLength(1);
    const { annotation: a, line } = found[0]!;
    expect(line).toBe(3);
    expect(a).toMatchObject({ id: 'ningbo-dibao', kind: 'target', themes: ['social-assistance', 'employment'], terms: ['dibao'], links: [] });
    expect(a.quote).toBe('the minimum living standards\nwill reach 14,000 yuan per year');
    expect(a.figures).toEqual([{ value: 14000, unit: 'CNY', period: 'year', year: null, scope: null, measure: null, status: 'stated', raw: '14,000 yuan per year' }]);
    expect(a.note.en).toBe("Ningbo's *dibao* reaches **14,000** yuan.\n\n- a list inside the note is fine");
    expect(a.note['zh-Hans']).toBe('宁波低保标准达到每年14,000元。');
  });

  it('keeps Markdown-special characters of the quote verbatim', () => {
    const { found } = parse(valid.replace('> the minimum living standards', '> Li Yuan is the first. ** During_his \\ visit'));
    expect(found[0]!.annotation.quote).toContain('Li Yuan is the first. ** During_his \\ visit');
  });

  it('reads the next block after one that is not closed, and reports the unclosed one', () => {
    const { found, messages } = parse(valid.replace(/:::\n$/, '') + valid.replace('#ningbo-dibao', '#ningbo-dibao-2'));
    expect(found.map((f) => f.annotation.id)).toEqual(['ningbo-dibao-2']);
    expect(messages).toEqual([expect.stringMatching(/^3 ningbo-dibao the block opened here is not closed; expected a line `:::` before line 18$/)]);
  });

  it.each([
    ['an unknown kind, with a suggestion', valid.replace('kind=target', 'kind=mesure'), /3 ningbo-dibao `kind` is "mesure".*did you mean "measure"/],
    ['an unknown attribute, with a suggestion', valid.replace('terms=', 'term='), /unknown field `term` \(did you mean `terms`\?\)/],
    ['a missing Chinese note', valid.replace('宁波低保标准达到每年14,000元。\n', ''), /needs both notes.*Chinese note missing/],
    ['notes without the --- between them', valid.replace('---\n\n', ''), /needs both notes.*no line `---` between them/],
    ['a missing English note', valid.replace(/Ningbo's \*dibao\* reaches \*\*14,000\*\* yuan.\n\n- a list inside the note is fine\n\n/, ''), /English note missing/],
    ['--- right under text (a setext heading)', valid.replace('fine\n\n---', 'fine\n\nMore text.\n---'), /blank line before `---`/],
    ['a block that is never closed', valid.replace(/:::\n$/, '') + '\n## Editor notes\n\nTODO\n', /3 ningbo-dibao the block opened here is never closed/],
    ['a block without a quote first', valid.replace(/> the minimum living standards\n> will reach 14,000 yuan per year\n/, ''), /expected the quoted passage first/],
    ['a figure that is not YAML', valid.replace('{value: 14000,', '{value: [14000,'), /7 ningbo-dibao figure is not a valid YAML mapping/],
    ['a stated figure without a value', valid.replace('value: 14000', 'value: null'), /7 ningbo-dibao figure `value`: a stated figure needs a numeric value/],
    ['a guessed value for a missing figure', valid.replace('status: stated', 'status: missing-in-source'), /never a guessed number/],
    ['an unknown figure unit', valid.replace('unit: CNY', 'unit: yuan'), /figure `unit` is "yuan", expected one of/],
    ['a Chinese note with no Chinese', valid.replace('宁波低保标准达到每年14,000元。', 'Ningbo again.'), /15 ningbo-dibao found a Chinese note that renders with no Chinese characters/],
    ['a measure without themes', valid.replace(' themes="social-assistance, employment"', ''), /needs at least one theme/],
    ['a bad id', valid.replace('#ningbo-dibao', '#Ningbo_Dibao'), /kebab-case id/],
    ['a two-colon directive', '::annotation{#x kind=context}\n', /found `::annotation\{#x kind=context\}` \(2 colons instead of three\).*did you mean `:::annotation\{#x kind=context\}`/],
  ])('reports %s with file line and id', (_, text, expected) => {
    const { found, problems, messages } = parse(text);
    expect(found).toHaveLength(0);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === FILE && typeof p.line === 'number')).toBe(true);
    expect(messages.join('\n')).toMatch(expected);
  });
});
