import { color, interpolateRgb, max, scaleBand, scaleSequential } from 'd3';
import { el, labelColour, svgRoot, text } from './svg.ts';

export interface CoverageMatrixInput {
  id: string;
  lang: string;
  title: string;
  desc: string;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  /** counts[row][column] */
  counts: number[][];
  /** Width reserved for row labels: Latin labels need more room than Chinese ones. */
  labelWidth: number;
}

/**
 * Themes × jurisdictions as a grid of cells shaded by the number of annotated measures.
 * Every cell also prints its count, so colour is never the only carrier of meaning, and
 * each label's colour is picked for contrast against its own fill.
 */
export function coverageMatrixSvg(input: CoverageMatrixInput): string {
  const cell = 64;
  const rowHeight = 30;
  // Column labels are set at 40°, so long names never collide; the space they need
  // above and to the right is estimated from their length (CJK glyphs are wider).
  const textWidth = (label: string) => [...label].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7), 0);
  const longest = max(input.columns, (c) => textWidth(c.label)) ?? 0;
  const top = 20 + longest * Math.sin((40 * Math.PI) / 180);
  const width = input.labelWidth + cell * input.columns.length + longest * Math.cos((40 * Math.PI) / 180);
  const height = top + rowHeight * input.rows.length + 8;
  const x = scaleBand<string>().domain(input.columns.map((c) => c.id)).range([input.labelWidth, input.labelWidth + cell * input.columns.length]).padding(0.06);
  const y = scaleBand<string>().domain(input.rows.map((r) => r.id)).range([top, top + rowHeight * input.rows.length]).padding(0.08);
  const shade = scaleSequential(interpolateRgb('#f3efe6', '#7a1f1f')).domain([0, Math.max(1, max(input.counts.flat()) ?? 1)]);
  const hex = (n: number) => color(shade(n))!.formatHex();

  const headers = input.columns.map((c) => {
    const cx = x(c.id)! + x.bandwidth() / 2;
    return text(c.label, { x: cx, y: top - 8, transform: `rotate(-40 ${cx} ${top - 8})`, class: 'chart__label' });
  });
  const rows = input.rows.map((r, i) => {
    const label = text(r.label, { x: input.labelWidth - 8, y: y(r.id)! + y.bandwidth() / 2, 'dominant-baseline': 'middle', 'text-anchor': 'end', class: 'chart__label' });
    const cells = input.columns.map((c, j) => {
      const n = input.counts[i]![j]!;
      const fill = hex(n);
      // No links inside: the SVG is one image (role="img"); the table beside it carries the links.
      return el(
        'g',
        {},
        el('rect', { x: x(c.id), y: y(r.id), width: x.bandwidth(), height: y.bandwidth(), fill, rx: 3, stroke: '#8a8a8a', 'stroke-width': 0.5 }),
        text(String(n), { x: x(c.id)! + x.bandwidth() / 2, y: y(r.id)! + y.bandwidth() / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: labelColour(fill), class: 'chart__value' }),
      );
    });
    return el('g', { class: 'chart__row' }, label, ...cells);
  });
  return svgRoot({ id: input.id, width, height, title: input.title, desc: input.desc, lang: input.lang }, ...headers, ...rows);
}
