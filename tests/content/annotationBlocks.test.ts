import { JINHUA, NINGBO, inBlock, lineOf, type Slip } from './slipHarness.ts';
import { runSlips } from './runSlips.ts';

// Slips inside one block: attributes, quote, figure lines, the two notes and their links.
const DIBAO = 'ningbo-dibao-standard';
const WELFARE = 'ningbo-public-welfare-posts';
const opener = lineOf(NINGBO, `:::annotation{#${DIBAO} `);
const figure = lineOf(NINGBO, '- figure: {value: 14000');
const english = lineOf(NINGBO, 'Ningbo ties its social assistance');
const separator = english + 2;
const chinese = lineOf(NINGBO, '宁波健全社会救助标准');
const welfareFigure = lineOf(NINGBO, '- figure: {value: 6200');
const dibao = (edit: (block: string) => string) => [{ file: NINGBO, transform: inBlock(DIBAO, edit) }];
const englishNote = /\nNingbo ties its social assistance[^\n]*\n/;
const press = 'jinhua-press-conference';
const pressQuote = lineOf(JINHUA, '> 2月16日,金华召开');

const slips: Slip[] = [
  {
    name: 'two `#id`s on one opening line',
    edits: dibao((b) => b.replace(`{#${DIBAO} `, `{#${DIBAO} #ningbo-dibao `)),
    expect: { file: NINGBO, line: opener, id: 'ningbo-dibao', message: /found 2 ids \(`#ningbo-dibao-standard`, `#ningbo-dibao`\); expected exactly one `#id`/ },
  },
  {
    name: 'an `id=` beside a `#id`',
    edits: dibao((b) => b.replace(`{#${DIBAO} `, `{#${DIBAO} id=ningbo-dibao `)),
    expect: { file: NINGBO, line: opener, id: 'ningbo-dibao', message: /found 2 ids \(`#ningbo-dibao-standard`, `id=ningbo-dibao`\)/ },
  },
  {
    name: '`themes=` given twice',
    edits: dibao((b) => b.replace('themes="social-assistance"', 'themes="social-assistance" themes="employment"')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /found `themes=` 2 times; expected each attribute once \(only the last would be kept\)/ },
  },
  {
    name: 'an opening line whose attributes cannot be read (an unclosed quote)',
    edits: dibao((b) => b.replace('themes="social-assistance"', 'themes="social-assistance')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /^found an opening line whose attributes cannot be read; expected `:::annotation\{#id kind=… themes="…"\}`/ },
  },
  {
    name: 'an empty prefix',
    edits: dibao((b) => b.replace('kind=target', 'kind=target prefix=""')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /^`prefix` is empty; expected some text$/ },
  },
  {
    name: 'an unknown attribute',
    edits: dibao((b) => b.replace('terms="dibao"', 'term="dibao"')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /unknown field `term` \(did you mean `terms`\?\)/ },
  },
  {
    name: 'an unknown theme',
    edits: dibao((b) => b.replace('themes="social-assistance"', 'themes="social-assistence"')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /theme "social-assistence" is not in content\/themes\.yaml; did you mean "social-assistance"\?/ },
  },
  {
    name: 'an empty quote',
    edits: dibao((b) => b.replace(/\n> It will further[^\n]*\n/, '\n> \n')),
    expect: { file: NINGBO, line: opener + 1, id: DIBAO, message: /^found an empty quote; expected the passage copied from the seed after `> `$/ },
  },
  {
    name: 'a quote with a full-width comma',
    edits: dibao((b) => b.replace("expenditures, and the minimum", 'expenditures， and the minimum')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /though it looks as if it does: the quote has U\+FF0C FULLWIDTH COMMA \(，\) where the seed has U\+002C COMMA \(,\)/ },
  },
  {
    name: 'a quote with a full-width comma in its first characters',
    edits: [{ file: NINGBO, transform: inBlock(WELFARE, (b) => b.replace('> maintain more than 6,200', '> maintain more than 6，200')) }],
    expect: { file: NINGBO, line: lineOf(NINGBO, `:::annotation{#${WELFARE} `), id: WELFARE, message: /U\+FF0C FULLWIDTH COMMA \(，\) where the seed has U\+002C COMMA \(,\)/ },
  },
  {
    name: 'a quote with a zero-width space',
    edits: dibao((b) => b.replace('minimum living standards', 'minimum\u200b living standards')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /the quote has U\+200B ZERO WIDTH SPACE where the seed has nothing/ },
  },
  {
    name: 'a quote with a CJK compatibility ideograph (U+F90A for 金)',
    edits: [{ file: JINHUA, transform: inBlock(press, (b) => b.replace('> 2月16日,金华召开', '> 2月16日,\uF90A华召开')) }],
    expect: { file: JINHUA, line: pressQuote - 1, id: press, message: /the quote has U\+F90A CJK COMPATIBILITY IDEOGRAPH-F90A \(\uF90A\) where the seed has U\+91D1 CJK UNIFIED IDEOGRAPH-91D1 \(金\)/ },
  },
  {
    name: 'a quote edited so it no longer occurs',
    edits: dibao((b) => b.replace('will reach 14,000 yuan', 'will reach 15,000 yuan')),
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /does not occur in the seed; it matches the seed up to "…[^"]*will reach 1", then the quote has "5,000 yuan/ },
  },
  {
    name: 'no blank line between the figure line and the English note',
    edits: dibao((b) => b.replace(/(\n- figure: [^\n]*\n)\n/, '$1')),
    expect: { file: NINGBO, line: figure + 1, id: DIBAO, message: /^found text right under a figure line, with no blank line between; expected a blank line after the figure lines/, atMost: 1 },
  },
  {
    name: 'a quote split by a blank line into two blockquotes',
    edits: dibao((b) => b.replace('expenditures, and the minimum', 'expenditures,\n\n> and the minimum')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /^found a second blockquote after a blank line; expected the quote as one blockquote \(write `>` on the blank line too\)/, atMost: 1 },
  },
  {
    name: '`figure:` without the dash',
    edits: dibao((b) => b.replace('\n- figure: {value: 14000', '\nfigure: {value: 14000')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /^found `figure: \{value: 14000, u…` without the leading `- `; expected figures only as `- figure: \{…\}` items directly after the quote/ },
  },
  {
    name: '`- figures:` (plural)',
    edits: dibao((b) => b.replace('\n- figure: {value: 14000', '\n- figures: {value: 14000')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /^found a figure list item starting `figures:`; expected every item to start `- figure: \{…\}`/ },
  },
  {
    name: 'a figure line after the English note',
    edits: dibao((b) => {
      const line = /\n(- figure: [^\n]*)\n/.exec(b)![1]!;
      return b.replace(`\n${line}\n`, '\n').replace('\n---\n', `\n${line}\n\n---\n`);
    }),
    expect: { file: NINGBO, line: separator - 1, id: DIBAO, message: /^found a figure line inside a note \(`- figure: \{value: 14000,…`\); expected figures only as `- figure: \{…\}` items directly after the quote, before the English note/ },
  },
  {
    name: 'a figure line in the Chinese note',
    edits: dibao((b) => b.replace(/\n:::\n$/, '\n\n- figure: {value: 1167, unit: CNY, period: month, status: stated, raw: "1,167"}\n:::\n')),
    expect: { file: NINGBO, line: chinese + 2, id: DIBAO, message: /found a figure line inside a note/ },
  },
  {
    name: 'a figure value with a thousands separator (`value: 6,200`)',
    edits: [{ file: NINGBO, replace: '{value: 6200,', with: '{value: 6,200,' }],
    expect: { file: NINGBO, line: welfareFigure, id: WELFARE, message: /^figure value `6,200`: write numbers without thousands separators \(6200\)$/ },
  },
  {
    name: 'a figure whose raw text is not in the quote',
    edits: dibao((b) => b.replace('raw: "14,000 yuan per year"', 'raw: "14000 yuan"')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /figure raw text "14000 yuan" does not occur in the quote/ },
  },
  {
    name: 'a figure with an unknown measure',
    edits: dibao((b) => b.replace('measure: dibao-standard', 'measure: dibao-standrd')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /figure measure "dibao-standrd" is not in content\/codebook\/measures\.yaml; did you mean "dibao-standard"\?/ },
  },
  {
    name: 'a figure with an unknown unit',
    edits: dibao((b) => b.replace('unit: CNY', 'unit: yuan')),
    expect: { file: NINGBO, line: figure, id: DIBAO, message: /figure `unit` is "yuan", expected one of CNY/ },
  },
  {
    name: 'a second `---`',
    edits: dibao((b) => b.replace(/\n:::\n$/, '\n\n---\n\nEditor: recheck against the 2023 figures.\n:::\n')),
    expect: { file: NINGBO, line: chinese + 2, id: DIBAO, message: new RegExp(`^found a second \`---\` \\(the first is at line ${separator}\\); expected exactly one`) },
  },
  {
    name: '`---` right under the English note (read as a heading)',
    edits: dibao((b) => b.replace(/\n\n---\n/, '\n---\n')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /put a blank line before `---`/ },
  },
  {
    name: 'an English note that is only an empty element',
    edits: dibao((b) => b.replace(englishNote, '\n<span onclick="x"></span>\n')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^found an English note that renders as no text/ },
  },
  {
    name: 'an English note that is only `&nbsp;`',
    edits: dibao((b) => b.replace(englishNote, '\n&nbsp;\n')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^found an English note that renders as no text .*`&nbsp;` is blank/ },
  },
  {
    name: 'a Chinese note that is only an HTML comment',
    edits: dibao((b) => b.replace(/\n宁波健全社会救助标准[^\n]*\n/, '\n<!-- 低保标准 -->\n')),
    expect: { file: NINGBO, line: chinese, id: DIBAO, message: /^found a Chinese note that renders as no text/ },
  },
  {
    name: 'a Chinese note with no Chinese',
    edits: dibao((b) => b.replace(/\n宁波健全社会救助标准[^\n]*\n/, '\nNingbo again.\n')),
    expect: { file: NINGBO, line: chinese, id: DIBAO, message: /found a Chinese note that renders with no Chinese characters/ },
  },
  {
    name: 'a missing Chinese note',
    edits: dibao((b) => b.replace(/\n宁波健全社会救助标准[^\n]*\n/, '\n')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /needs both notes.*\(Chinese note missing\)/ },
  },
  {
    name: 'a glossary link to an unknown term (inline)',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '[dibao](term:dibaoo)')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^term "dibaoo" is not in content\/glossary\.yaml; did you mean "dibao"\?/ },
  },
  {
    name: 'a glossary link with a title',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '[dibao](term:dibaoo "minimum living standard")')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^term "dibaoo" is not in content\/glossary\.yaml/ },
  },
  {
    name: 'a glossary link in angle brackets',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '[dibao](<term:dibaoo>)')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^term "dibaoo" is not in content\/glossary\.yaml/ },
  },
  {
    name: 'a glossary autolink',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '<term:dibaoo>')),
    expect: { file: NINGBO, line: english, id: DIBAO, message: /^term "dibaoo" is not in content\/glossary\.yaml/ },
  },
  {
    name: 'a reference-style glossary link, reported at its definition',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '[dibao][d]').replace('\n\n---\n', '\n\n[d]: term:dibaoo\n\n---\n')),
    expect: { file: NINGBO, line: english + 2, id: DIBAO, message: /^term "dibaoo" is not in content\/glossary\.yaml/ },
  },
  {
    name: 'a glossary link in the Chinese note, reported at its line',
    edits: dibao((b) => b.replace('[低保](term:dibao)', '[低保](term:di-bao)')),
    expect: { file: NINGBO, line: chinese, id: DIBAO, message: /^term "di-bao" is not in content\/glossary\.yaml; did you mean "dibao"\?/ },
  },
  {
    name: 'a valid reference-style glossary link changes nothing',
    edits: dibao((b) => b.replace('[dibao](term:dibao)', '[dibao][d]').replace('\n\n---\n', '\n\n[d]: term:dibao\n\n---\n')),
    expect: 'identical',
  },
  {
    name: 'a quote wrapped over two lines changes nothing',
    edits: dibao((b) => b.replace('mechanism linking social', 'mechanism\n> linking social')),
    expect: 'identical',
  },
];

runSlips('annotation blocks: attributes, quote, figures, notes', slips);
