/**
 * Custom comparison (progressive enhancement). The page always contains the full
 * comparison (and, without JavaScript, a disabled form and a notice that it cannot be narrowed); this script narrows it to the jurisdictions (`j`) and themes (`t`) named in
 * the query string, keeps the checkboxes and the URL in step, and offers the URL as a
 * share link. State lives only in the URL, so any static host can serve it.
 */
import { relayoutGrid } from './relayoutGrid.ts';

export interface Selection {
  jurisdictions: Set<string>;
  themes: Set<string>;
}

/** Reads `?j=…&j=…&t=…`; a dimension that is absent or names nothing known means "all". */
export function readSelection(search: string, known: { jurisdictions: string[]; themes: string[] }): Selection {
  const params = new URLSearchParams(search);
  const pick = (key: string, all: string[]) => {
    const chosen = params.getAll(key).filter((v) => all.includes(v));
    return new Set(chosen.length ? chosen : all);
  };
  return { jurisdictions: pick('j', known.jurisdictions), themes: pick('t', known.themes) };
}

/** `?j=…&t=…` for a selection, leaving out a dimension where everything is chosen. */
export function writeSelection(selection: Selection, known: { jurisdictions: string[]; themes: string[] }): string {
  const params = new URLSearchParams();
  if (selection.jurisdictions.size < known.jurisdictions.length) for (const j of known.jurisdictions) if (selection.jurisdictions.has(j)) params.append('j', j);
  if (selection.themes.size < known.themes.length) for (const t of known.themes) if (selection.themes.has(t)) params.append('t', t);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function apply(root: Document, selection: Selection): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-filter-jurisdiction]')) el.hidden = !selection.jurisdictions.has(el.dataset['filterJurisdiction']!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-filter-theme]')) el.hidden = !selection.themes.has(el.dataset['filterTheme']!);
  // The matrix: themes are its rows, jurisdictions its columns.
  const matrix = root.querySelector<SVGSVGElement>('svg[data-rows]');
  if (matrix) relayoutGrid(matrix, selection.themes, selection.jurisdictions);
}

export function enhanceCustomComparison(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-custom-comparison]');
  if (!form) return;
  // Without this script the form could not filter anything, so it ships disabled (and
  // visible, so that enabling it shifts no layout).
  for (const control of form.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('fieldset, button')) control.disabled = false;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const known = { jurisdictions: boxes('j').map((b) => b.value), themes: boxes('t').map((b) => b.value) };
  const share = root.querySelector<HTMLAnchorElement>('[data-share-link]');

  const update = (selection: Selection, push: boolean) => {
    for (const b of boxes('j')) b.checked = selection.jurisdictions.has(b.value);
    for (const b of boxes('t')) b.checked = selection.themes.has(b.value);
    apply(root, selection);
    const url = `${root.location.pathname}${writeSelection(selection, known)}`;
    if (push) root.defaultView?.history.replaceState(null, '', url);
    if (share) {
      share.href = url;
      share.hidden = false;
    }
  };
  const fromBoxes = (): Selection => ({
    jurisdictions: new Set(boxes('j').filter((b) => b.checked).map((b) => b.value)),
    themes: new Set(boxes('t').filter((b) => b.checked).map((b) => b.value)),
  });

  update(readSelection(root.location.search, known), false);
  form.addEventListener('change', () => update(fromBoxes(), true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(fromBoxes(), true);
  });
}
