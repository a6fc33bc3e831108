/**
 * Narrows a code grid drawn by `codeGridSvg` to some of its rows and columns, closing the
 * gaps: each kept row and column moves up or left by the number of hidden ones before it,
 * and the drawing shrinks to fit. The SVG records its geometry in data attributes, so the
 * browser needs no chart library.
 */
export function relayoutGrid(svg: SVGSVGElement, rows: ReadonlySet<string>, columns: ReadonlySet<string>): void {
  const rowHeight = Number(svg.dataset['rowHeight']);
  const cellWidth = Number(svg.dataset['cellWidth']);
  const rowIds = (svg.dataset['rows'] ?? '').split(' ');
  const columnIds = (svg.dataset['columns'] ?? '').split(' ');
  const shift = (ids: string[], keep: ReadonlySet<string>) => {
    const offsets = new Map<string, number>();
    let hidden = 0;
    for (const id of ids) {
      offsets.set(id, hidden);
      if (!keep.has(id)) hidden++;
    }
    return { offsets, hidden };
  };
  const r = shift(rowIds, rows);
  const c = shift(columnIds, columns);
  const show = (el: Element, visible: boolean) => (visible ? el.removeAttribute('display') : el.setAttribute('display', 'none'));

  for (const row of svg.querySelectorAll<SVGGElement>('[data-grid-row]')) {
    const id = row.dataset['gridRow']!;
    show(row, rows.has(id));
    row.setAttribute('transform', `translate(0 ${-r.offsets.get(id)! * rowHeight})`);
  }
  for (const cell of svg.querySelectorAll<SVGElement>('[data-grid-column]')) {
    const id = cell.dataset['gridColumn']!;
    show(cell, columns.has(id));
    cell.setAttribute('transform', `translate(${-c.offsets.get(id)! * cellWidth} 0)`);
  }
  const [x, y, width, height] = (svg.dataset['viewBox'] ?? svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
  svg.dataset['viewBox'] ??= `${x} ${y} ${width} ${height}`;
  const newWidth = width - c.hidden * cellWidth;
  const newHeight = height - r.hidden * rowHeight;
  svg.setAttribute('viewBox', `${x} ${y} ${newWidth} ${newHeight}`);
  svg.setAttribute('width', String(newWidth));
  svg.setAttribute('height', String(newHeight));
}
