import { extent, scaleTime } from 'd3';
import { el, svgRoot, text } from './svg.ts';

export interface TimelineInput {
  id: string;
  lang: string;
  title: string;
  desc: string;
  /** One row per source. `stated` is a full date the text itself gives, if any. */
  items: { key: string; label: string; inferred: Date; stated: Date | null }[];
  legend: { inferred: string; stated: string };
  labelWidth: number;
  /** Formats an axis year. */
  year: (d: Date) => string;
}

/**
 * When each source dates from. An inferred date is a hollow circle, a date the text
 * states in full a filled square: shape, not only colour, tells them apart.
 */
export function timelineSvg(input: TimelineInput): string {
  const plot = 420;
  const rowHeight = 30;
  const top = 34;
  const width = input.labelWidth + plot + 30;
  const height = top + rowHeight * input.items.length + 36;
  const dates = input.items.flatMap((i) => (i.stated ? [i.inferred, i.stated] : [i.inferred]));
  const [first, last] = extent(dates) as [Date, Date];
  const x = scaleTime()
    .domain([new Date(first.getFullYear(), 0, 1), new Date(last.getFullYear() + 1, 0, 1)])
    .range([input.labelWidth, input.labelWidth + plot]);
  const ticks = x.ticks(6);
  const axisY = top + rowHeight * input.items.length;

  const grid = ticks.map((t) =>
    el('g', {}, el('line', { x1: x(t), x2: x(t), y1: top - 6, y2: axisY, class: 'chart__grid' }), text(input.year(t), { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'chart__label' })),
  );
  const rows = input.items.map((item, i) => {
    const cy = top + rowHeight * i + rowHeight / 2;
    return el(
      'g',
      { class: 'chart__row' },
      text(item.label, { x: input.labelWidth - 10, y: cy, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart__label' }),
      item.stated ? el('rect', { x: x(item.stated) - 5, y: cy - 5, width: 10, height: 10, class: 'chart__mark chart__mark--stated' }) : '',
      el('circle', { cx: x(item.inferred), cy, r: 6, class: 'chart__mark chart__mark--inferred' }),
    );
  });
  const legend = el(
    'g',
    { class: 'chart__legend' },
    el('circle', { cx: input.labelWidth + 6, cy: 12, r: 6, class: 'chart__mark chart__mark--inferred' }),
    text(input.legend.inferred, { x: input.labelWidth + 18, y: 12, 'dominant-baseline': 'middle', class: 'chart__label' }),
    el('rect', { x: input.labelWidth + 200, y: 7, width: 10, height: 10, class: 'chart__mark chart__mark--stated' }),
    text(input.legend.stated, { x: input.labelWidth + 216, y: 12, 'dominant-baseline': 'middle', class: 'chart__label' }),
  );
  return svgRoot({ id: input.id, width, height, title: input.title, desc: input.desc, lang: input.lang }, legend, ...grid, ...rows);
}
