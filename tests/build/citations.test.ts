/**
 * Every annotation has all six citation forms in every locale and both builds: its
 * passage and its note each in Chicago, APA and GB/T on its reader page, and links to
 * BibTeX, RIS and CSL-JSON files that hold both items (parsed back with Citation.js).
 * Theme and jurisdiction pages carry "Cite this page".
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/citations/engine.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { locales } from '../../src/i18n/locales.ts';
import { builds, readPage } from '../support/dist.ts';

const corpus = loadCorpus(process.cwd());
const styles = 3;

describe.each(builds)('$dir', ({ dir, base }) => {
  const site = dir === 'dist-subpath' ? 'https://example.org' : '';
  const parsedFiles = new Map<string, ReturnType<typeof parseCitations>>();
  const fileItems = (href: string) => {
    let items = parsedFiles.get(href);
    if (!items) parsedFiles.set(href, (items = parseCitations(readFileSync(`${dir}${href.slice(base.length - 1)}`, 'utf8'))));
    return items;
  };

  describe.each(locales.flatMap((locale) => corpus.documents.map((doc) => ({ locale, doc }))))('$locale/documents/$doc.id/', { timeout: 120_000 }, ({ locale, doc }) => {
    it('every note card has the passage and the note in three styles, with permalinks, and three files that hold them', () => {
      const page = readPage(dir, `${locale}/documents/${doc.id}/index.html`);
      const permalinkPath = `${base}${locale}/documents/${doc.id}/`;
      for (const a of doc.annotations) {
        const cite = page.querySelector(`#a-${a.id} details.cite`);
        expect(cite, a.id).not.toBeNull();
        const groups = cite!.querySelectorAll('.cite__group');
        expect(groups, a.id).toHaveLength(2);
        for (const g of groups) {
          const texts = g.querySelectorAll('.cite__text').map((t) => t.textContent);
          expect(texts, a.id).toHaveLength(styles);
          for (const t of texts) expect(t, a.id).toContain(`${site}${permalinkPath}#a-${a.id}`);
        }
        // GB/T on a Chinese page names the source by its Chinese title.
        if (locale !== 'en') expect(groups[0]!.querySelectorAll('.cite__text')[2]!.textContent).toMatch(/[\u4e00-\u9fff].*\[EB\/OL\]/);
        const links = cite!.querySelectorAll('.cite__files a').map((l) => l.getAttribute('href')!);
        expect(links.map((l) => l.split('.').at(-1))).toEqual(['bib', 'ris', 'json']);
        for (const href of links) {
          expect(href.startsWith(`${base}data/cite/${doc.id}.`), href).toBe(true);
          const urls = fileItems(href).map((i) => i.URL);
          // Both items (passage and note) of this annotation, pointing at its permalink.
          expect(urls.filter((u) => typeof u === 'string' && u.endsWith(`/documents/${doc.id}/#a-${a.id}`)), `${href} ${a.id}`).toHaveLength(2);
        }
      }
    });
  });

  it.each(locales.flatMap((locale) => [...corpus.themes.map((t) => `${locale}/themes/${t.id}/`), ...corpus.jurisdictions.map((j) => `${locale}/jurisdictions/${j.id}/`)]))(
    '%s has "Cite this page" with its own address in three styles',
    (route) => {
      const page = readPage(dir, `${route}index.html`);
      const cite = page.querySelector('details.cite--page');
      expect(cite).not.toBeNull();
      const texts = cite!.querySelectorAll('.cite__text').map((t) => t.textContent);
      expect(texts).toHaveLength(styles);
      for (const t of texts) expect(t).toContain(`${site}${base}${route}`);
    },
  );

  it('writes print-origin.css with the origin only when SITE_URL is set', () => {
    expect(existsSync(`${dir}/print-origin.css`)).toBe(true);
    expect(readFileSync(`${dir}/print-origin.css`, 'utf8')).toContain(`--print-origin: "${site}"`);
  });
});
