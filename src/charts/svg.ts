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
 * the data table next to every chart carries the detail.
 */
export function svgRoot(options: { id: string; width: number; height: number; title: string; desc: string; lang: string }, ...children: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart',
      viewBox: `0 0 ${options.width} ${options.height}`,
      width: options.width,
      height: options.height,
      role: 'img',
      lang: options.lang,
      'aria-labelledby': `${options.id}-title ${options.id}-desc`,
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
