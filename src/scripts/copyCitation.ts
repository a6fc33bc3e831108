/**
 * Progressive enhancement for "Cite": adds a copy button after each citation, which
 * copies the citation's text (not its HTML). Only where the browser offers a clipboard
 * (a secure origin); elsewhere, and without JavaScript, the text is there to select.
 * Button labels come from the <details> element's data attributes (the page's locale).
 */
export function enhanceCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  for (const details of root.querySelectorAll<HTMLElement>('details.cite:not([data-enhanced])')) {
    details.dataset.enhanced = 'true';
    const { copy = 'Copy', copied = copy, copyFailed = copy } = details.dataset;
    for (const text of details.querySelectorAll<HTMLElement>('.cite__text')) {
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'cite__copy';
      button.textContent = copy;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(text.textContent?.trim() ?? '');
          button.textContent = copied;
        } catch {
          button.textContent = copyFailed;
        }
        setTimeout(() => (button.textContent = copy), 2000);
      });
      text.after(' ', button);
    }
  }
}
