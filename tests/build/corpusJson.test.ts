import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { CorpusExport } from '../../src/export/corpusExport.ts';
import { figureStatuses } from '../../src/schemas/figure.ts';
import { htmlFiles, readPage } from '../support/dist.ts';

const data = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as CorpusExport;
const corpus = loadCorpus(process.cwd());
const seeds = new Map(data.documents.map((d) => [d.id, readFileSync(d.seed, 'utf8')]));

describe('dist/data/corpus.json', () => {
  it('lists documents with their seed path and the seed’s actual SHA-256', () => {
    expect(data.documents).toHaveLength(5);
    for (const d of data.documents) {
      expect(d).toMatchObject({ id: expect.any(String), jurisdiction: expect.any(String), language: expect.stringMatching(/^(en|zh-Hans)$/) });
      expect(d.title.en && d.title['zh-Hans']).toBeTruthy();
      expect(createHash('sha256').update(readFileSync(d.seed)).digest('hex')).toBe(d.sha256);
    }
  });

  it('lists themes and jurisdictions with both labels', () => {
    for (const t of [...data.themes, ...data.jurisdictions]) expect(t.label.en && t.label['zh-Hans']).toBeTruthy();
    expect(data.jurisdictions.map((j) => j.level)).toContain('national');
  });

  it('gives every annotation offsets such that seedText.slice(start, end) === quote', () => {
    for (const a of data.annotations) expect(seeds.get(a.document)!.slice(a.start, a.end), a.id).toBe(a.quote);
  });

  it('gives every annotation three notes and well-formed figures', () => {
    for (const a of data.annotations) {
      expect(a.note.en && a.note['zh-Hans'] && a.note['zh-Hant'], a.id).toBeTruthy();
      for (const f of a.figures) {
        expect(figureStatuses).toContain(f.status);
        expect(f.value === null, `${a.id}: ${f.raw}`).toBe(f.status !== 'stated');
        expect(a.quote.replace(/\s+/g, ' ')).toContain(f.raw.replace(/\s+/g, ' '));
      }
    }
  });

  it('exports the glossary, and every term has its entry on each locale’s glossary page', () => {
    expect(data.glossary.length).toBe(corpus.glossary.length);
    for (const locale of ['en', 'zh-hans', 'zh-hant']) {
      const page = readPage('dist', `${locale}/glossary/index.html`);
      for (const term of data.glossary) expect(page.querySelector(`[id="t-${term.id}"]`), `${locale}: ${term.id}`).not.toBeNull();
    }
  });

  it('counts are equal end to end: content → export → every locale’s reader pages', () => {
    expect(data.annotations).toHaveLength(corpus.annotations.length);
    expect(new Set(data.annotations.map((a) => a.id)).size).toBe(data.annotations.length);
    for (const locale of ['en', 'zh-hans', 'zh-hant']) {
      const files = htmlFiles('dist').filter((f) => f.startsWith(`${locale}/documents/`));
      const notes = files.flatMap((f) => readPage('dist', f).querySelectorAll('.note').map((n) => n.id.slice(2)));
      expect(notes.sort()).toEqual(data.annotations.map((a) => a.id).sort());
    }
  });
});
