import { max, scaleBand, scaleLinear } from 'd3';
import { el, svgRoot, text } from './svg.ts';

export interface FigureBarsInput {
  id: string;
  lang: string;
  title: string;
  desc: string;
  /**
   * One bar per figure; several per jurisdiction when it states several (e.g. a range).
   * `value: null` is a figure the source gives but the copy lost or garbled: drawn as a
   * dashed gap with its status, never as a zero-length bar.
   */
  bars: { key: string; label: string; value: number | null; display: string }[];
  labelWidth: number;
}

/**
 * Horizontal bars for one comparable measure. Values are printed at the end of each bar;
 * the bars share one zero-based scale so lengths compare honestly.
 */
export function figureBarsSvg(input: FigureBarsInput): string {
  const barArea = 340;
  const valueRoom = 170;
  const rowHeight = 30;
  const gapWidth = 36;
  const width = input.labelWidth + barArea + valueRoom;
  const height = rowHeight * input.bars.length + 10;
  const x = scaleLinear().domain([0, max(input.bars, (b) => b.value ?? 0) || 1]).range([0, barArea]);
  const y = scaleBand<string>().domain(input.bars.map((b) => b.key)).range([5, height - 5]).padding(0.2);
  const rows = input.bars.map((b) => {
    const length = b.value === null ? gapWidth : Math.max(1, x(b.value));
    const mark =
      b.value === null
        ? el('rect', { x: input.labelWidth, y: y(b.key), width: gapWidth, height: y.bandwidth(), class: 'chart__gap', 'stroke-dasharray': '4 3' })
        : el('rect', { x: input.labelWidth, y: y(b.key), width: length, height: y.bandwidth(), class: 'chart__bar' });
    return el(
      'g',
      { class: 'chart__row' },
      text(b.label, { x: input.labelWidth - 8, y: y(b.key)! + y.bandwidth() / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart__label' }),
      mark,
      text(b.display, { x: input.labelWidth + length + 6, y: y(b.key)! + y.bandwidth() / 2, 'dominant-baseline': 'middle', class: 'chart__label' }),
    );
  });
  return svgRoot({ id: input.id, width, height, title: input.title, desc: input.desc, lang: input.lang }, ...rows);
}
