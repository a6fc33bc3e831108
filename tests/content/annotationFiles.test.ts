import { JINHUA, NINGBO, inBlock, lineOf, type Slip } from './slipHarness.ts';
import { runSlips } from './runSlips.ts';

// Slips in the layout of annotation files: names, encodings, block fences, text between blocks.
const DIBAO = 'ningbo-dibao-standard';
const opener = lineOf(NINGBO, `:::annotation{#${DIBAO} `);
const nextOpener = lineOf(NINGBO, ':::annotation{', `#${DIBAO} `); // the block after it
const closerAbove = opener - 2; // the `:::` of the block before
const dibaoCloser = lineOf(NINGBO, '\n:::\n', `#${DIBAO} `) + 1;
const lastOpener = lineOf(NINGBO, ':::annotation{#ningbo-share-buttons');
const national = 'content/annotations/national-social-mobility-opinions.md';

const slips: Slip[] = [
  { name: 'a UTF-8 byte-order mark at the start of an annotation file changes nothing', edits: [{ file: NINGBO, transform: (t) => `\uFEFF${t}` }], expect: 'identical' },
  { name: 'CRLF line endings change nothing', edits: [{ file: NINGBO, transform: (t) => t.replaceAll('\n', '\r\n') }], expect: 'identical' },
  { name: 'a BOM and CRLF together change nothing', edits: [{ file: JINHUA, transform: (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}` }], expect: 'identical' },
  {
    name: 'headings, blank lines and HTML comments between blocks change nothing',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `## Social assistance\n\n<!-- checked against the seed,\n  2024 -->\n\n\n:::annotation{#${DIBAO} ` }],
    expect: 'identical',
  },
  { name: 'spaces after a closing `:::` change nothing', edits: [{ file: NINGBO, transform: inBlock(DIBAO, (b) => b.replace(/\n:::\n$/, '\n:::  \n')) }], expect: 'identical' },
  { name: 'a README.md beside the annotation files is allowed', edits: [{ create: 'content/annotations/README.md', text: '# Notes for editors\n\nAnything.\n' }], expect: 'identical' },
  {
    name: 'a file named `….MD`',
    edits: [{ rename: NINGBO, to: NINGBO.replace(/\.md$/, '.MD') }],
    expect: { file: 'content/annotations/ningbo-18-strategies.MD', message: /does not end in lowercase `\.md`.*expected `<document-id>\.md`; did you mean `ningbo-18-strategies\.md`\?/ },
  },
  {
    name: 'a file named `….md.txt`',
    edits: [{ rename: NINGBO, to: `${NINGBO}.txt` }],
    expect: { file: `${NINGBO}.txt`, message: /does not end in lowercase `\.md`.*did you mean `ningbo-18-strategies\.md`\?/ },
  },
  {
    name: 'a stray file in content/annotations/',
    edits: [{ create: 'content/annotations/todo.txt', text: 'check Ningbo figures\n' }],
    expect: { file: 'content/annotations/todo.txt', message: /does not end in lowercase `\.md`.*expected `<document-id>\.md`/ },
  },
  {
    name: 'a folder in content/annotations/',
    edits: [{ create: 'content/annotations/old' }],
    expect: { file: 'content/annotations/old', message: /found a folder; expected only files named `<document-id>\.md`/ },
  },
  {
    name: 'a file named after no document',
    edits: [{ rename: NINGBO, to: 'content/annotations/ningbo-18-strategy.md' }],
    expect: { file: 'content/annotations/ningbo-18-strategy.md', message: /is named after no document in content\/documents\.yaml.*did you mean "ningbo-18-strategies"\?/ },
  },
  {
    name: '`::: annotation` (a space after the colons)',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `::: annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(a space after the colons\), which Markdown would silently drop; did you mean `:::annotation\{#ningbo-dibao-standard/ },
  },
  {
    name: 'an opening line indented by four spaces',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `    :::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(the line is indented\).*did you mean `:::annotation\{#ningbo-dibao-standard.*` at the start of the line\?/ },
  },
  {
    name: '`::::annotation` (four colons)',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `::::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(4 colons instead of three\).*did you mean `:::annotation\{/ },
  },
  {
    name: '`::annotation` (two colons)',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(2 colons instead of three\).*did you mean `:::annotation\{/ },
  },
  {
    name: '`:::Annotation` (capital A)',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `:::Annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(`Annotation` instead of `annotation`\).*did you mean `:::annotation\{/ },
  },
  {
    name: '`:::anotation` (misspelt)',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `:::anotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: /\(`anotation` instead of `annotation`\).*did you mean `:::annotation\{/ },
  },
  {
    name: 'an opening line without attributes',
    edits: [{ file: NINGBO, replace: /:::annotation\{#ningbo-dibao-standard [^\n]*/, with: ':::annotation' }],
    expect: { file: NINGBO, line: opener, message: /found `:::annotation` without attributes; expected `:::annotation\{#id kind=…\}` on one line/ },
  },
  {
    name: 'an unknown block `:::note`',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `:::note\nSee below.\n:::\n\n:::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, message: /found an unknown block `:::note`; expected `:::annotation\{#id kind=…\}`/, atMost: 1 },
  },
  {
    name: 'a stray `:::` between blocks',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `:::\n:::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, message: new RegExp(`found \`:::\` with no block open \\(the block above closed at line ${closerAbove}\\); expected \`:::\` only to close`) },
  },
  {
    name: 'text outside any block',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `Check this figure again.\nAnd this one.\n\n:::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, message: /found text outside an annotation block \("Check this figure again\."\), which would never be published; expected only headings, blank lines and HTML comments/ },
  },
  {
    name: 'an HTML comment that is never closed',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `<!-- to check\n\n:::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, message: /found an HTML comment `<!--` that is never closed; expected `-->`/ },
  },
  {
    name: 'text after the end of an HTML comment',
    edits: [{ file: NINGBO, replace: `:::annotation{#${DIBAO} `, with: `<!-- checked --> but the figure is not\n\n:::annotation{#${DIBAO} ` }],
    expect: { file: NINGBO, line: opener, message: /^found text after the end of an HTML comment \("but the figure is not"\), which would never be published; expected nothing after `-->`/ },
  },
  {
    name: 'a block whose `:::` is missing, before the next block',
    edits: [{ file: NINGBO, transform: inBlock(DIBAO, (b) => b.replace(/\n:::\n$/, '\n\n')) }],
    expect: { file: NINGBO, line: opener, id: DIBAO, message: new RegExp(`the block opened here is not closed; expected a line \`:::\` before line ${nextOpener}`) },
  },
  {
    name: 'an unclosed last block followed by editor commentary',
    edits: [{ file: NINGBO, transform: (t) => `${t.replace(/\n:::\n$/, '\n')}\n## Editor notes\n\nTODO check the share buttons.\n` }],
    expect: { file: NINGBO, line: lastOpener, id: 'ningbo-share-buttons', message: /the block opened here is never closed; expected a line `:::` right after its Chinese note/ },
  },
  {
    name: 'a nested directive inside a block',
    edits: [{ file: NINGBO, transform: inBlock(DIBAO, (b) => b.replace('\n---\n', '\n:::aside\nAn aside.\n:::\n\n---\n')) }],
    expect: { file: NINGBO, line: dibaoCloser - 3, id: DIBAO, message: new RegExp(`found a directive \`:::aside\` inside the block opened at line ${opener}; blocks do not nest`) },
  },
  {
    name: 'a closing `:::` indented',
    edits: [{ file: NINGBO, transform: inBlock(DIBAO, (b) => b.replace(/\n:::\n$/, '\n  :::\n')) }],
    expect: { file: NINGBO, line: dibaoCloser, id: DIBAO, message: /found `  :::`, a closing fence that is indented or has more than three colons; expected `:::` alone/ },
  },
  {
    name: 'editor prose at the top of a file, as the national file once had',
    edits: [{ file: national, replace: '<!--\n', with: '' }, { file: national, replace: '\n-->\n', with: '\n' }],
    expect: { file: national, line: 3, message: /found text outside an annotation block \("Each block quotes the seed verbatim/ },
  },
];

runSlips('annotation files: names, encodings and block fences', slips);
