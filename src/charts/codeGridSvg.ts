import { color, interpolateRgb, max, scaleBand, scaleSequential } from 'd3';
import { escapeHtml } from '../reader/escapeHtml.ts';
import { el, labelColour, svgRoot, text, textWidth, wrapLabel } from './svg.ts';

/** One cell of a coded grid; `level` null means nothing to shade (not yet coded). */
export interface GridCell {
  level: number | null;
  /** One or two short lines printed in the cell, so colour never carries meaning alone. */
  lines: string[];
  /** Where the cell links (the table cell or the theme-page section it summarises). */
  href: string;
  /** Full sentence for assistive technology: row, column and value. */
  label: string;
}

export interface CodeGridInput {
  id: string;
  lang: string;
  title: string;
  desc: string;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  /** cells[row][column] */
  cells: GridCell[][];
  /** Highest level of the scale, for the shading domain. */
  maxLevel: number;
  /** Width reserved for row labels: Latin labels need more room than Chinese ones. */
  labelWidth: number;
  cellWidth?: number;
}

/**
 * A rows × columns grid of coded cells, shaded by level on one sequential scale (the
 * darker, the more concrete), each cell a link that prints its value. Row labels wrap to
 * two lines; column labels are set at 40° so long names never collide. Drawn once at
 * build time: static SVG, no script.
 */
export function codeGridSvg(input: CodeGridInput): string {
  const cellWidth = input.cellWidth ?? 92;
  const rowHeight = 40;
  const longest = max(input.columns, (c) => textWidth(c.label)) ?? 0;
  const top = 20 + longest * Math.sin((40 * Math.PI) / 180);
  const width = input.labelWidth + cellWidth * input.columns.length + longest * Math.cos((40 * Math.PI) / 180);
  const height = top + rowHeight * input.rows.length + 8;
  const x = scaleBand<string>().domain(input.columns.map((c) => c.id)).range([input.labelWidth, input.labelWidth + cellWidth * input.columns.length]).padding(0.06);
  const y = scaleBand<string>().domain(input.rows.map((r) => r.id)).range([top, top + rowHeight * input.rows.length]).padding(0.08);
  const shade = scaleSequential(interpolateRgb('#f3efe6', '#7a1f1f')).domain([0, Math.max(1, input.maxLevel)]);
  const hex = (level: number) => color(shade(level))!.formatHex();

  const headers = input.columns.map((c) => {
    const cx = x(c.id)! + x.bandwidth() / 2;
    return el('g', { 'data-grid-column': c.id }, text(c.label, { x: cx, y: top - 8, transform: `rotate(-40 ${cx} ${top - 8})`, class: 'chart__label' }));
  });
  const rows = input.rows.map((r, i) => {
    const lines = wrapLabel(r.label, input.labelWidth - 12).slice(0, 2);
    const midY = y(r.id)! + y.bandwidth() / 2;
    const label = el(
      'text',
      { x: input.labelWidth - 8, y: midY - ((lines.length - 1) * 15) / 2, 'dominant-baseline': 'middle', 'text-anchor': 'end', class: 'chart__label' },
      ...lines.map((line, k) => el('tspan', { x: input.labelWidth - 8, dy: k === 0 ? 0 : 15 }, escapeHtml(line))),
    );
    const cells = input.columns.map((c, j) => {
      const cell = input.cells[i]![j]!;
      const fill = cell.level === null ? '#ffffff' : hex(cell.level);
      const cx = x(c.id)! + x.bandwidth() / 2;
      // A link's name must contain its visible words (WCAG 2.5.3): lead with them unless the label already does.
      const visible = cell.lines.join(' ');
      const name = cell.label.includes(visible) ? cell.label : `${visible} — ${cell.label}`;
      return el(
        'a',
        { href: cell.href, 'aria-label': name, class: 'chart__link', 'data-grid-column': c.id },
        el('rect', {
          x: x(c.id),
          y: y(r.id),
          width: x.bandwidth(),
          height: y.bandwidth(),
          fill,
          rx: 3,
          stroke: '#8a8a8a',
          'stroke-width': cell.level === null ? 1 : 0.5,
          'stroke-dasharray': cell.level === null ? '3 2' : undefined,
        }),
        el(
          'text',
          { x: cx, y: midY - ((cell.lines.length - 1) * 13) / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: labelColour(fill), class: 'chart__value' },
          // Lines are joined by a space so the text reads as words, not "0 of 63 passages".
          cell.lines.map((line, k) => el('tspan', { x: cx, dy: k === 0 ? 0 : 13, class: k === 0 ? undefined : 'chart__small' }, escapeHtml(line))).join(' '),
        ),
      );
    });
    return el('g', { class: 'chart__row', 'data-grid-row': r.id }, label, ...cells);
  });
  // Geometry for relayoutGrid, which narrows the grid to a selection in the browser.
  const geometry = { 'data-row-height': rowHeight, 'data-cell-width': cellWidth, 'data-rows': input.rows.map((r) => r.id).join(' '), 'data-columns': input.columns.map((c) => c.id).join(' ') };
  return svgRoot({ id: input.id, width, height, title: input.title, desc: input.desc, lang: input.lang, interactive: true, data: geometry }, ...headers, ...rows);
}
