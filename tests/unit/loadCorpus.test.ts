import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/corpus/contentError.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { tempProject, type TempProject } from '../support/tempProject.ts';

describe('the real corpus', () => {
  const corpus = loadCorpus(process.cwd());

  it('loads all five documents with annotations on each', () => {
    expect(corpus.documents).toHaveLength(5);
    for (const doc of corpus.documents) expect(doc.annotations.length).toBeGreaterThanOrEqual(5);
  });

  it('anchors every annotation: seed.slice(start, end) === quote, inside the paragraphs it names', () => {
    for (const a of corpus.annotations) {
      const doc = corpus.documents.find((d) => d.id === a.document)!;
      const seed = readFileSync(doc.seed, 'utf8');
      expect(seed.slice(a.start, a.end)).toBe(a.quote);
      const first = doc.paragraphs[a.paragraphs[0]! - 1]!;
      expect(a.start).toBeGreaterThanOrEqual(first.start);
    }
  });

  it('has an English, a simplified and a generated traditional note for every annotation', () => {
    for (const a of corpus.annotations) {
      expect(a.note.en.length).toBeGreaterThan(10);
      expect(a.note['zh-Hans']).toMatch(/\p{Script=Han}/u);
      expect(a.note['zh-Hant']).toMatch(/\p{Script=Han}/u);
      expect(a.noteHtml['zh-Hant']).toContain('<p>');
    }
  });

  it('never gives a value to a damaged figure', () => {
    const damaged = corpus.annotations.flatMap((a) => a.figures).filter((f) => f.status !== 'stated');
    expect(damaged.length).toBeGreaterThan(0);
    for (const f of damaged) expect(f.value).toBeNull();
  });
});

describe('broken content fails with file, line, id and what was expected (fault injection)', () => {
  let project: TempProject;
  afterEach(() => project.remove());

  function problemsAfter(edits: (p: TempProject) => void): string {
    project = tempProject();
    edits(project);
    try {
      loadCorpus(project.root);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).message;
    }
    throw new Error('expected loadCorpus to fail');
  }

  const ningbo = 'content/annotations/ningbo-18-strategies.md';

  it('a quote edited so it no longer occurs in its seed', () => {
    const message = problemsAfter((p) => p.edit(ningbo, 'will reach 14,000 yuan per year', 'will reach 15,000 yuan per year'));
    expect(message).toMatch(/content\/annotations\/ningbo-18-strategies\.md:\d+ \[ningbo-dibao-standard\] quote ".*" does not occur in the seed/);
  });

  it('a quote made ambiguous', () => {
    const message = problemsAfter((p) => p.edit(ningbo, '> maintain more than 6,200 public welfare posts', '> Ningbo will'));
    expect(message).toMatch(/\[ningbo-public-welfare-posts\] quote "Ningbo will" occurs \d+ times/);
  });

  it('an unknown theme, with the nearest known one suggested', () => {
    const message = problemsAfter((p) => p.edit(ningbo, 'themes="hukou housing"', 'themes="hukou housng"'));
    expect(message).toMatch(/ningbo-18-strategies\.md:\d+ \[ningbo-settlement-rental-housing\] theme "housng" is not in content\/themes\.yaml; did you mean "housing"\?/);
  });

  it('a duplicate id, naming the first use', () => {
    const message = problemsAfter((p) => p.edit(ningbo, '#ningbo-share-buttons', '#ningbo-copyright-line'));
    expect(message).toMatch(/\[ningbo-copyright-line\] duplicate id: already used at content\/annotations\/ningbo-18-strategies\.md:3/);
  });

  it('a link to an annotation that does not exist', () => {
    const message = problemsAfter((p) => p.edit(ningbo, 'links="national-art13-dibao-adjustment"', 'links="national-art13-dibao"'));
    expect(message).toMatch(/links to unknown annotation "national-art13-dibao"; did you mean "national-art13-dibao-adjustment"/);
  });

  it('a figure whose raw text is not in the quote', () => {
    const message = problemsAfter((p) => p.edit(ningbo, 'raw: "14,000 yuan per year"', 'raw: "14000 yuan"'));
    expect(message).toMatch(/\[ningbo-dibao-standard\] figure raw text "14000 yuan" does not occur in the quote/);
  });

  it('a glossary link in a note to a term that does not exist', () => {
    const message = problemsAfter((p) => p.edit(ningbo, '页面分享按钮', '[页面分享按钮](term:public-welfare-post)'));
    expect(message).toMatch(/\[ningbo-share-buttons\] term "public-welfare-post" is not in content\/glossary\.yaml; did you mean "public-welfare-posts"\?/);
  });

  it('a figure with a measure key that is not in content/codebook/measures.yaml', () => {
    const message = problemsAfter((p) => p.edit(ningbo, 'measure: dibao-standard', 'measure: dibao-standrd'));
    expect(message).toMatch(/\[ningbo-dibao-standard\] figure measure "dibao-standrd" is not in content\/codebook\/measures\.yaml; did you mean "dibao-standard"\?/);
  });

  it('a missing translation', () => {
    const message = problemsAfter((p) => p.edit(ningbo, '页面分享按钮（Facebook、Twitter、Google+、邮件）残留的字母，不属于正文；正文在上一段已戛然而止。', ''));
    expect(message).toMatch(/\[ningbo-share-buttons\] needs both notes.*Chinese note missing/);
  });

  it('bad YAML in a taxonomy file, with its line', () => {
    const message = problemsAfter((p) => p.edit('content/themes.yaml', '- id: housing', '- id: housing\n  label: [unclosed'));
    expect(message).toMatch(/content\/themes\.yaml:\d+ is not valid YAML/);
  });

  it('a taxonomy entry missing its Chinese label', () => {
    const message = problemsAfter((p) => p.edit('content/themes.yaml', 'zh-Hans: 教育 }', 'zh-Hans: "" }'));
    expect(message).toMatch(/content\/themes\.yaml:\d+ \[education\] `\d+\.label\.zh-Hans`: the Chinese \(zh-Hans\) text is empty/);
  });

  it('a seed that was edited', () => {
    const message = problemsAfter((p) => p.edit('seeds/hangzhou-action-plan.en.txt', 'July 30', 'July 31'));
    expect(message).toMatch(/seeds\/hangzhou-action-plan\.en\.txt \[hangzhou-action-plan\] sha256 [0-9a-f]{64} differs from seeds\/SHA256SUMS/);
  });

});
