import { describe, expect, it } from 'vitest';
import { codeGridSvg } from '../../src/charts/codeGridSvg.ts';
import { figureBarsSvg } from '../../src/charts/figureBarsSvg.ts';
import { labelColour } from '../../src/charts/svg.ts';
import { timelineSvg } from '../../src/charts/timelineSvg.ts';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('charts are static SVG with a title and a description', () => {
  const grid = codeGridSvg({
    id: 'm',
    lang: 'zh-Hant',
    title: '各主題、各地區涉及的問題數',
    desc: '2個主題與3個地區',
    rows: [
      { id: 'housing', label: '住房' },
      { id: 'health', label: '醫療衛生與醫療保障' },
    ],
    columns: [
      { id: 'national', label: '全國（中央）' },
      { id: 'ningbo', label: '寧波市' },
      { id: 'jinhua', label: '金華市' },
    ],
    cells: [
      [0, 2, 3],
      [1, null, 3],
    ].map((row, i) => row.map((level, j) => ({ level, lines: [level === null ? '–' : `${level}/3`], href: `#c-${i}-${j}`, label: `cell ${i} ${j}` }))),
    maxLevel: 3,
    labelWidth: 230,
  });

  it('code grid: a group whose cells are links, each with a label', async () => {
    expect(grid).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="m-title m-desc"/);
    expect(grid).toContain('<title id="m-title">各主題、各地區涉及的問題數</title>');
    expect(grid.match(/<a href="#c-\d-\d" aria-label="[^"]+ — cell \d \d"/g)).toHaveLength(6); // visible value first
    expect(grid).toContain('data-rows="housing health"');
    await expect(grid).toMatchFileSnapshot('__snapshots__/codeGrid.svg');
  });

  it('a cell not yet coded is drawn unshaded with a dashed outline, never as level 0', () => {
    const uncoded = /<a href="#c-1-1"[^>]*><rect ([^>]*)\/>/.exec(grid)![1]!;
    expect(uncoded).toContain('fill="#ffffff"');
    expect(uncoded).toContain('stroke-dasharray');
    const level0 = /<a href="#c-0-0"[^>]*><rect ([^>]*)\/>/.exec(grid)![1]!;
    expect(level0).not.toContain('fill="#ffffff"');
  });

  it('prints every value in a colour that contrasts with its cell (≥ 4.5:1)', () => {
    const pairs = [...grid.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"[^>]*\/><text[^>]*fill="(#[0-9a-f]{6})"/g)];
    expect(pairs).toHaveLength(6);
    for (const [, cell, label] of pairs) expect(contrast(cell!, label!)).toBeGreaterThanOrEqual(4.5);
  });

  it('figure bars draw a damaged figure as a dashed gap, never as a zero bar', () => {
    const svg = figureBarsSvg({
      id: 'g',
      lang: 'en',
      title: 'Minimum living standard (dibao)',
      desc: 'Ningbo 14,000 yuan per year; Jinhua missing in source',
      bars: [
        { key: 'ningbo-0', label: 'Ningbo', value: 14000, display: '14,000 yuan per year' },
        { key: 'jinhua-0', label: 'Jinhua', value: null, display: 'gap: Missing in source' },
      ],
      labelWidth: 190,
    });
    expect(svg.match(/class="chart__bar"/g)).toHaveLength(1);
    expect(svg).toMatch(/class="chart__gap" stroke-dasharray/);
    expect(svg).toContain('gap: Missing in source');
  });

  it('figure bars', async () => {
    const svg = figureBarsSvg({
      id: 'b',
      lang: 'en',
      title: 'Minimum living standard (dibao)',
      desc: 'Ningbo 14,000 yuan per year; Hangzhou 12,000 yuan per year',
      bars: [
        { key: 'ningbo-0', label: 'Ningbo', value: 14000, display: '14,000 yuan per year' },
        { key: 'hangzhou-0', label: 'Hangzhou', value: 12000, display: '12,000 yuan per year' },
      ],
      labelWidth: 190,
    });
    expect(svg).toContain('14,000 yuan per year');
    await expect(svg).toMatchFileSnapshot('__snapshots__/figureBars.svg');
  });

  it('timeline marks inferred and stated dates with different shapes', async () => {
    const svg = timelineSvg({
      id: 't',
      lang: 'en',
      title: 'Dates of the sources',
      desc: 'National 2019-12; Inner Mongolia 2023-12',
      items: [
        { key: 'n', label: 'National', inferred: new Date('2019-12'), stated: null },
        { key: 'im', label: 'Inner Mongolia', inferred: new Date('2023-12'), stated: new Date('2024-01-30') },
      ],
      legend: { inferred: 'date inferred', stated: 'full date stated' },
      labelWidth: 170,
      year: (d) => String(d.getFullYear()),
    });
    expect(svg.match(/<circle/g)).toHaveLength(3); // two items + legend
    expect(svg.match(/<rect/g)).toHaveLength(2); // one stated date + legend
    await expect(svg).toMatchFileSnapshot('__snapshots__/timeline.svg');
  });

  it('labelColour picks dark text on light fills and light text on dark fills', () => {
    expect(labelColour('#f3efe6')).toBe('#111111');
    expect(labelColour('#7a1f1f')).toBe('#ffffff');
  });
});
