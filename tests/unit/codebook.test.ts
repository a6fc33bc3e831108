import { afterEach, describe, expect, it } from 'vitest';
import { numbersIn, statedValues, unsupportedNumbers } from '../../src/codebook/citedNumbers.ts';
import { ContentError } from '../../src/corpus/contentError.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { tempProject, type TempProject } from '../support/tempProject.ts';

const hukou = 'content/codebook/indicators/hukou.yaml';
const file = /content\/codebook\/indicators\/hukou\.yaml:(\d+) \[([a-z0-9-]+)\] /;

describe('the real codebook', () => {
  const corpus = loadCorpus(process.cwd());
  const { codebook } = corpus;

  it('has at least 40 indicators, 3 to 8 per theme', () => {
    expect(codebook.indicators.length).toBeGreaterThanOrEqual(40);
    for (const t of corpus.themes) {
      const n = codebook.indicators.filter((i) => i.theme === t.id).length;
      expect(n, t.id).toBeGreaterThanOrEqual(3);
      expect(n, t.id).toBeLessThanOrEqual(8);
    }
  });

  it('codes every indicator for every jurisdiction, in English and Chinese', () => {
    for (const i of codebook.indicators) {
      for (const j of corpus.jurisdictions) {
        const cell = codebook.cellByKey.get(`${i.id}|${j.id}`);
        expect(cell, `${i.id} × ${j.id}`).toBeDefined();
        expect(cell!.text.en.length).toBeGreaterThan(10);
        expect(cell!.text['zh-Hans']).toMatch(/\p{Script=Han}/u);
        expect(cell!.text['zh-Hant']).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('every coded cell cites annotations of its own jurisdiction and theme', () => {
    for (const c of codebook.cells) {
      const theme = codebook.indicatorById.get(c.indicator)!.theme;
      if (c.code === 'not-addressed') expect(c.annotations).toEqual([]);
      else expect(c.annotations.length, `${c.indicator} × ${c.jurisdiction}`).toBeGreaterThan(0);
      for (const id of c.annotations) {
        const a = corpus.annotationById.get(id)!;
        expect(a.jurisdiction).toBe(c.jurisdiction);
        expect(a.themes).toContain(theme);
      }
    }
  });
});

describe('numbers in a cell must come from the passages it cites', () => {
  it('reads numbers as written and as the value a multiplier makes of them', () => {
    expect(numbersIn('from 14,000 yuan to 1.4万元 and 3 million')).toEqual([
      { written: '14,000', values: ['14000'] },
      { written: '1.4万', values: ['1.4', '14000'] },
      { written: '3 million', values: ['3', '3000000'] },
    ]);
  });
  it('accepts a number the sources state in another notation, and names the one they do not', () => {
    const stated = statedValues(['the standard will reach 14,000 yuan per year'], [25.62e4]);
    expect(unsupportedNumbers('每年1.4万元，新增25.62万人', stated)).toEqual([]);
    expect(unsupportedNumbers('about 1,167 yuan a month, 14,000 a year', stated)).toEqual(['1,167']);
  });
});

describe('a broken codebook fails with file, line, indicator id and what was expected (fault injection)', () => {
  let project: TempProject;
  afterEach(() => project.remove());

  function problemsAfter(edits: (p: TempProject) => void): string[] {
    project = tempProject();
    edits(project);
    try {
      loadCorpus(project.root);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.id ? ` [${p.id}]` : ''} ${p.message}`);
    }
    throw new Error('expected loadCorpus to fail');
  }
  /** The one problem, its line, and its indicator id. */
  const only = (problems: string[]) => {
    expect(problems).toHaveLength(1);
    const m = file.exec(problems[0]!);
    expect(m, problems[0]).not.toBeNull();
    return { message: problems[0]!, line: Number(m![1]), id: m![2] };
  };

  it('a cell citing an annotation of another jurisdiction', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, 'annotations: [ningbo-settlement-rental-housing]', 'annotations: [national-art4-settlement-restrictions]')));
    expect(p.id).toBe('hukou-settlement-rules');
    expect(p.line).toBe(35);
    expect(p.message).toContain('ningbo: cites "national-art4-settlement-restrictions", an annotation of national, not of ningbo');
  });

  it('a coded cell with no citation', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, '      annotations: [ningbo-settlement-rental-housing]\n', '')));
    expect(p.message).toMatch(/ningbo: a cell coded "specific" must cite at least one annotation of ningbo on hukou/);
    expect(p.line).toBe(31);
  });

  it('a missing Chinese cell text', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, '        zh-Hans: 宁波探索进一步放宽落户限制，落实租赁住房落户政策，同时推行新型居住证制度。\n', '')));
    expect(p.id).toBe('hukou-settlement-rules');
    expect(p.message).toMatch(/`0\.cells\.ningbo\.text\.zh-Hans` is missing/);
    expect(p.line).toBe(32); // the `text:` that lacks it
  });

  it('a cell for an unknown jurisdiction, with the nearest one suggested', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, '    ningbo:\n      code: specific', '    ningpo:\n      code: specific')));
    expect(p.message).toMatch(/cell for unknown jurisdiction "ningpo".*did you mean "ningbo"\?/);
    expect(p.line).toBe(30);
  });

  it('a code that is not in the scheme', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, '      code: specific\n      text:\n        en: Ningbo is to explore', '      code: specfic\n      text:\n        en: Ningbo is to explore')));
    expect(p.message).toMatch(/ningbo: code "specfic" is not in scheme "commitment"; expected one of not-addressed \/ general \/ specific \/ quantified; did you mean "specific"\?/);
    expect(p.line).toBe(31);
  });

  it('a cited annotation that does not carry the theme', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, 'annotations: [ningbo-settlement-rental-housing]', 'annotations: [ningbo-dibao-standard]')));
    expect(p.message).toMatch(/cites "ningbo-dibao-standard", which does not carry the theme "hukou"/);
  });

  it('an unknown annotation, with the nearest id suggested', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, 'annotations: [ningbo-settlement-rental-housing]', 'annotations: [ningbo-settlement-rental-housng]')));
    expect(p.message).toMatch(/cites unknown annotation "ningbo-settlement-rental-housng"; did you mean "ningbo-settlement-rental-housing"\?/);
  });

  it('a "not addressed" cell that cites a passage', () => {
    const p = only(
      problemsAfter((t) =>
        t.edit(hukou, '        zh-Hans: 该民生保障措施未涉及落户或户籍问题。\n', '        zh-Hans: 该民生保障措施未涉及落户或户籍问题。\n      annotations: [im-opinion-employment-assistance]\n'),
      ),
    );
    expect(p.message).toMatch(/inner-mongolia: a cell coded "not-addressed" cites no passage/);
  });

  it('a number the cited passages do not state', () => {
    const p = only(problemsAfter((t) => t.edit(hukou, 'under 3 million must lift', 'under 4 million must lift')));
    expect(p.message).toMatch(/national: the en text states "4 million", which no cited passage states/);
    expect(p.line).toBe(17);
  });

  it('a jurisdiction left uncoded although its source is annotated completely', () => {
    const p = only(
      problemsAfter((t) => t.edit(hukou, '    inner-mongolia:\n      code: not-addressed\n      text:\n        en: The livelihood-security measures say nothing about settlement or household registration.\n        zh-Hans: 该民生保障措施未涉及落户或户籍问题。\n', '')),
    );
    expect(p.message).toMatch(/\[hukou-settlement-rules\] has no cell for "inner-mongolia", whose sources are annotated completely/);
    expect(p.line).toBe(5);
  });

  it('an unknown scheme and an unknown measure key', () => {
    const problems = problemsAfter((t) => {
      t.edit(hukou, '  measures: [settlement-city-size-threshold]', '  scheme: comitment\n  measures: [settlement-city-size-treshold]');
    });
    expect(problems).toHaveLength(1); // the measure is not checked once the scheme is unknown: the indicator is rejected at its root
    expect(problems[0]).toMatch(/hukou\.yaml:12 \[hukou-settlement-rules\] scheme "comitment" is not in content\/codebook\/schemes\.yaml; did you mean "commitment"\?/);
  });

  it('a duplicate indicator id', () => {
    const problems = problemsAfter((t) => t.edit(hukou, '- id: hukou-points-systems', '- id: hukou-settlement-rules'));
    expect(problems.some((m) => /hukou\.yaml:\d+ \[hukou-settlement-rules\] duplicate indicator id: already used at content\/codebook\/indicators\/hukou\.yaml:5/.test(m))).toBe(true);
  });

  it('an indicator file named after no theme, and a theme without one', () => {
    const problems = problemsAfter((t) => t.rename(hukou, 'content/codebook/indicators/hukuo.yaml'));
    expect(problems).toContain('content/codebook/indicators/hukuo.yaml is not named after a theme: indicator files are `<theme-id>.yaml` with a theme of content/themes.yaml; did you mean "hukou"?');
    expect(problems.some((m) => m.startsWith('content/codebook/indicators/hukou.yaml is missing'))).toBe(true);
  });
});
