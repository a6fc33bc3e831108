import { lineOf, type Slip } from './slipHarness.ts';
import { runSlips } from './runSlips.ts';

// Slips in the YAML files: one mistake gives one root error (at most three messages), with
// its line, and the checks that depend on a failed file say once that they were skipped.
const THEMES = 'content/themes.yaml';
const GLOSSARY = 'content/glossary.yaml';
const DOCUMENTS = 'content/documents.yaml';
const JURISDICTIONS = 'content/jurisdictions.yaml';
const MEASURES = 'content/codebook/measures.yaml';
const education = lineOf(THEMES, '- id: education');
const housing = lineOf(THEMES, '- id: housing');
const hukou = lineOf(GLOSSARY, '- id: hukou');
const ningboDoc = lineOf(DOCUMENTS, '- id: ningbo-18-strategies');
const themesSkipped = { file: THEMES, message: /^annotations' themes not checked because content\/themes\.yaml failed \(see above\)/ };

const slips: Slip[] = [
  {
    name: 'themes.yaml: a missing zh-Hans label',
    edits: [{ file: THEMES, replace: 'label: { en: Education, zh-Hans: 教育 }', with: 'label: { en: Education }' }],
    expect: { file: THEMES, line: education + 1, id: 'education', message: /`\d+\.label\.zh-Hans` is missing: expected string/, atMost: 2 },
  },
  {
    name: 'themes.yaml: an empty zh-Hans label',
    edits: [{ file: THEMES, replace: 'zh-Hans: 教育 }', with: 'zh-Hans: "" }' }],
    expect: { file: THEMES, line: education + 1, id: 'education', message: /`\d+\.label\.zh-Hans`: the Chinese \(zh-Hans\) text is empty/, atMost: 2 },
  },
  {
    name: 'themes.yaml: an unknown key',
    edits: [{ file: THEMES, replace: '- id: education\n  label:', with: '- id: education\n  lable:' }],
    expect: { file: THEMES, line: education, id: 'education', message: /^unknown field `lable` \(did you mean `label`\?\); expected one of `id`, `label`, `definition`$/, atMost: 2 },
  },
  {
    name: 'themes.yaml: a duplicate key',
    edits: [{ file: THEMES, replace: '- id: education\n', with: '- id: education\n  id: schooling\n' }],
    expect: { file: THEMES, line: education + 1, message: /^is not valid YAML: Map keys must be unique/, atMost: 2 },
  },
  {
    name: 'themes.yaml: a tab in the indentation',
    edits: [{ file: THEMES, replace: '- id: education\n  label:', with: '- id: education\n\tlabel:' }],
    expect: { file: THEMES, line: education + 1, message: /^found a tab in the indentation; expected spaces only/, atMost: 2 },
  },
  {
    name: 'themes.yaml: a missing id',
    edits: [{ file: THEMES, replace: '- id: housing\n  label:', with: '- label:' }],
    expect: { file: THEMES, line: housing, id: 'entry 6', message: /^found an entry without an `id`; expected every entry to start `- id: some-kebab-case-id`$/, atMost: 2 },
  },
  {
    name: 'themes.yaml: a failed file is reported once, not as every annotation\'s unknown theme',
    edits: [{ file: THEMES, replace: 'zh-Hans: 教育 }', with: 'zh-Hans: "" }' }],
    expect: { ...themesSkipped, atMost: 2 },
  },
  {
    name: 'themes.yaml: a duplicate id',
    edits: [{ file: THEMES, replace: '- id: housing\n', with: '- id: education\n' }],
    expect: { file: THEMES, line: housing, id: 'education', message: /^duplicate id "education"; expected every id once/, atMost: 2 },
  },
  {
    name: 'glossary.yaml: a duplicate id, with its line',
    edits: [{ file: GLOSSARY, replace: '- id: hukou\n', with: '- id: dibao\n' }],
    expect: { file: GLOSSARY, line: hukou, id: 'dibao', message: /^duplicate id "dibao"; expected every id once in the file/, atMost: 2 },
  },
  {
    name: 'glossary.yaml: a broken file skips the term checks, said once',
    edits: [{ file: GLOSSARY, replace: '- id: hukou\n  hanzi: 户籍（户口）', with: '- id: hukou\n  hanzi: hukou' }],
    expect: { file: GLOSSARY, line: hukou + 1, id: 'hukou', message: /`\d+\.hanzi`: expected Chinese characters/, atMost: 2 },
  },
  {
    name: 'documents.yaml: an undefined jurisdiction, with its line',
    edits: [{ file: DOCUMENTS, replace: '  jurisdiction: ningbo\n', with: '  jurisdiction: ningpo\n' }],
    expect: { file: DOCUMENTS, line: ningboDoc + 1, id: 'ningbo-18-strategies', message: /^jurisdiction "ningpo" is not in content\/jurisdictions\.yaml; did you mean "ningbo"\?/, atMost: 1 },
  },
  {
    name: 'documents.yaml: a missing seed is one problem, not also a misnamed annotation file',
    edits: [{ file: DOCUMENTS, replace: 'seed: seeds/ningbo-18-strategies.en.txt', with: 'seed: seeds/ningbo-18-strategy.en.txt' }],
    expect: { file: DOCUMENTS, line: ningboDoc + 3, id: 'ningbo-18-strategies', message: /^seed seeds\/ningbo-18-strategy\.en\.txt does not exist/, atMost: 1 },
  },
  {
    name: 'jurisdictions.yaml: a broken file skips the documents\' jurisdictions, said once',
    edits: [{ file: JURISDICTIONS, replace: 'level: city', with: 'level: town' }],
    expect: { file: JURISDICTIONS, message: /^documents' jurisdictions not checked because content\/jurisdictions\.yaml failed/, atMost: 2 },
  },
  {
    name: 'measures.yaml: a broken file skips the figures\' measures, said once',
    edits: [{ file: MEASURES, replace: '- id: dibao-standard\n', with: '- id: Dibao_Standard\n' }],
    expect: { file: MEASURES, message: /^figures' measures not checked because content\/codebook\/measures\.yaml failed/, atMost: 2 },
  },
  {
    name: 'measures.yaml deleted',
    edits: [{ rename: MEASURES, to: 'content/codebook/measures.yaml.bak' }],
    expect: { file: MEASURES, message: /^found no such file; expected it in content\//, atMost: 2 },
  },
  { name: 'themes.yaml with a BOM and CRLF changes nothing', edits: [{ file: THEMES, transform: (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}` }], expect: 'identical' },
  { name: 'glossary.yaml with CRLF changes nothing', edits: [{ file: GLOSSARY, transform: (t) => t.replaceAll('\n', '\r\n') }], expect: 'identical' },
];

runSlips('YAML files: one root error per mistake, with its line', slips);
