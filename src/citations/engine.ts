/**
 * The one place that talks to Citation.js: registers the official CSL styles and locales
 * kept in this folder (CC BY-SA 3.0, headers intact) and turns CSL-JSON items into styled
 * citations, BibTeX and RIS. No citation string is assembled by hand anywhere else.
 */
import { Cite, plugins, type CiteItem, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import apa from './styles/apa.csl?raw';
import chicago from './styles/chicago-notes-bibliography.csl?raw';
import gbt from './styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import enUS from './locales/locales-en-US.xml?raw';
import zhCN from './locales/locales-zh-CN.xml?raw';

/** The three styles every annotation is cited in, by their CSL file names. */
export const citationStyles = ['chicago-notes-bibliography', 'apa', 'china-national-standard-gb-t-7714-2015-numeric'] as const;
export type CitationStyle = (typeof citationStyles)[number];
export type CslLocale = 'en-US' | 'zh-CN';

let registered = false;
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  csl.styles.add('chicago-notes-bibliography', chicago);
  csl.styles.add('apa', apa);
  csl.styles.add('china-national-standard-gb-t-7714-2015-numeric', gbt);
  // The plugin bundles an en-US locale; ours is the official file of the same name, pinned here.
  csl.locales.add('en-US', enUS);
  csl.locales.add('zh-CN', zhCN);
  // Keep Chinese as UTF-8 in BibTeX: with asciiOnly, characters that have no LaTeX
  // command (all of CJK) are dropped, leaving empty titles. biblatex and Zotero read UTF-8.
  plugins.config.get('@bibtex').format.asciiOnly = false;
  // Keys are the items' ids (`{document}--{annotation}--passage`), stable across builds,
  // instead of generated author-year labels, which collide and read "undefined" for Chinese.
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  // Ids are [a-z0-9-], which BibTeX keys allow; the label check would strip the hyphens.
  plugins.config.get('@bibtex').format.checkLabel = false;
  registered = true;
}

/**
 * How a style is shown: a note style (Chicago) as the item's full first note, which
 * carries the locator (paragraph); the author-date and numeric styles (APA, GB/T) as the
 * item's reference-list entry, which is what a reader pastes into a bibliography.
 *
 * One item per engine run, always: in a shared run APA would tell same-author,
 * same-year entries apart ("2022a, 2022b"), Chicago would shorten repeated notes and
 * substitute "———" for a repeated author, and citeproc's note processing grows with the
 * square of the run (64 notes: 33 s against 1 s one by one). Each citation here stands alone.
 */
export function formatCitation(item: CslItem, style: CitationStyle, lang: CslLocale, locator?: Omit<CiteItem, 'id'>): string {
  register();
  const cite = new Cite([item]);
  if (style === 'chicago-notes-bibliography') {
    return cite.format('citation', { format: 'html', template: style, lang, entry: [{ id: item.id, ...locator }] });
  }
  return unwrapBibliography(cite.format('bibliography', { format: 'html', template: style, lang }));
}

/** Citeproc's HTML entry is wrapped in divs (and a `[1]` margin for numeric styles); keep the entry's inline HTML. */
function unwrapBibliography(html: string): string {
  const inline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html) ?? /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!inline) throw new Error(`unexpected bibliography HTML: ${html}`);
  return inline[1]!.trim();
}

export function toBibtex(items: CslItem[]): string {
  register();
  return new Cite(items).format('bibtex', { format: 'text' });
}

/**
 * RIS from Citation.js's tag mapping, with two departures from its text output, which
 * wraps values at 70 characters (its own parser reads the wrapped line back with a space
 * inserted: "pros perity") and cuts ID to 20 characters (the old RIS limit; here every
 * entry of a source would get the same ID). RIS readers such as Zotero take long lines,
 * so tags are written one per line, unwrapped, and ID is the item's full id.
 */
export function toRis(items: CslItem[]): string {
  register();
  const entries = new Cite(items).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return entries
    .map((entry, i) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries({ ...entry, ID: items[i]!.id })) {
        if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v)}`);
      }
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** Parses BibTeX, RIS or CSL-JSON text back into CSL-JSON items (for tests and round trips). */
export function parseCitations(text: string): CslItem[] {
  register();
  return new Cite(text).data;
}
