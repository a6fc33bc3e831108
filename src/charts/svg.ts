import { escapeHtml } from '../reader/escapeHtml.ts';

type Attributes = Record<string, string | number | undefined>;

/** Serialises one SVG element; children are already-serialised strings. */
export function el(tag: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(typeof v === 'number' ? Math.round(v * 100) / 100 : v))}"`)
    .join('');
  return children.length ? `<${tag}${attrs}>${children.join('')}</${tag}>` : `<${tag}${attrs}/>`;
}

export const text = (content: string, attributes: Attributes = {}) => el('text', attributes, escapeHtml(content));

/**
 * The outer <svg>: role="img" with <title> and <desc> so screen readers get a summary;
 * the data table next to every chart carries the detail. A chart whose cells are links
 * is a `group` instead, because an image's content is hidden from assistive technology.
 */
export function svgRoot(
  options: { id: string; width: number; height: number; title: string; desc: string; lang: string; interactive?: boolean; data?: Attributes },
  ...children: string[]
): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart',
      viewBox: `0 0 ${options.width} ${options.height}`,
      width: options.width,
      height: options.height,
      role: options.interactive ? 'group' : 'img',
      lang: options.lang,
      'aria-labelledby': `${options.id}-title ${options.id}-desc`,
      ...options.data,
    },
    el('title', { id: `${options.id}-title` }, escapeHtml(options.title)),
    el('desc', { id: `${options.id}-desc` }, escapeHtml(options.desc)),
    ...children,
  );
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white, whichever contrasts more with the fill (WCAG contrast ratio). */
export function labelColour(fill: string): string {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#111111' : '#ffffff';
}

/** Character widths in px at the chart font size: CJK glyphs are about twice as wide. */
export const textWidth = (label: string) => [...label].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7), 0);

/** Breaks a label into lines no wider than `width` px, at spaces (or anywhere in CJK text). */
export function wrapLabel(label: string, width: number): string[] {
  const units = /\s/.test(label) ? label.split(/(?<=\s)/) : [...label];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && textWidth(line + unit) > width) {
      lines.push(line.trimEnd());
      line = unit;
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
