/**
 * Progressive enhancement for the language switch: carry the reader's place across.
 * Without JavaScript the switch still opens the same page in the other locale; with it,
 * the link also carries the current `#a-…`/`#p-…` fragment, or else the paragraph
 * currently at the top of the viewport.
 */
function currentPassage(doc: Document): string {
  const hash = doc.location.hash;
  if (/^#[ap]-[\w-]+$/.test(hash)) return hash;
  const paragraphs = doc.querySelectorAll<HTMLElement>('[id^="p-"]');
  for (const p of paragraphs) {
    if (p.getBoundingClientRect().bottom > 80) return `#${p.id}`;
  }
  return '';
}

export function keepPassage(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-passage]');
    if (!link) return;
    const url = new URL(link.href);
    url.hash = currentPassage(doc);
    link.href = url.toString();
  });
}
