/**
 * Adds "printed on {date}" to the print stamp just before printing: the date a page is
 * printed is known only to the reader's browser. Without JavaScript the stamp still has
 * the page's address and the date of its content.
 */
export function stampPrintDate(root: Document): void {
  const stamp = root.querySelector<HTMLElement>('.print-stamp');
  if (!stamp) return;
  const slot = root.createElement('span');
  stamp.append(slot);
  window.addEventListener('beforeprint', () => {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    slot.textContent = ` · ${(stamp.dataset.printOn ?? '{date}').replace('{date}', iso)}`;
  });
}
