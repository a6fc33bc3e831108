import type { Corpus } from '../corpus/loadCorpus.ts';

/**
 * The public data export (`/data/corpus.json`): everything a reader sees, as data.
 * Offsets are JavaScript string indices into the seed file, so for every annotation
 * `seedText.slice(start, end) === quote`.
 */
export function corpusExport(corpus: Corpus) {
  return {
    format: 'common-prosperity-atlas/corpus@2',
    documents: corpus.documents.map((d) => ({
      id: d.id,
      jurisdiction: d.jurisdiction,
      language: d.language,
      title: d.title,
      originalTitle: d.originalTitle,
      publisher: d.publisher,
      dateStated: d.dateStated,
      dateInferred: d.dateInferred,
      /** The copy's web address where the seed or its metadata states one; null: not stated. */
      sourceUrl: d.sourceUrl,
      defects: d.defects,
      seed: d.seed,
      sha256: d.sha256,
      paragraphs: d.paragraphs.map((p) => ({ n: p.n, start: p.start, end: p.end })),
    })),
    themes: corpus.themes.map((t) => ({ id: t.id, label: t.label, definition: t.definition })),
    jurisdictions: corpus.jurisdictions.map((j) => ({ id: j.id, label: j.label, level: j.level, province: j.province })),
    measures: corpus.measures.map((m) => ({ id: m.id, label: m.label })),
    schemes: corpus.codebook.schemes.map((s) => ({ id: s.id, label: s.label, codes: s.codes.map((c) => ({ code: c.code, level: c.level, label: c.label, definition: c.definition })) })),
    indicators: corpus.codebook.indicators.map((i) => ({
      id: i.id,
      theme: i.theme,
      label: i.label,
      definition: i.definition,
      scheme: i.scheme.codes.map((c) => ({ code: c.code, level: c.level, label: c.label })),
      schemeId: i.scheme.id,
      /** The main figure measure key the indicator draws numbers from (the first of `measures`), or null. */
      measure: i.measures[0] ?? null,
      measures: i.measures,
    })),
    // A jurisdiction with no cell for an indicator is "not yet coded", which is never "not-addressed".
    cells: corpus.codebook.cells.map((c) => ({ indicator: c.indicator, jurisdiction: c.jurisdiction, code: c.code, level: c.level, text: c.text, annotations: c.annotations })),
    glossary: corpus.glossary.map((g) => ({ id: g.id, hanzi: g.hanzi, pinyin: g.pinyin, en: g.en, definition: g.definition })),
    annotations: corpus.annotations.map((a) => ({
      id: a.id,
      document: a.document,
      jurisdiction: a.jurisdiction,
      kind: a.kind,
      themes: a.themes,
      terms: a.terms,
      links: a.links,
      quote: a.quote,
      start: a.start,
      end: a.end,
      paragraphs: a.paragraphs,
      note: a.note,
      figures: a.figures.map((f) => ({
        value: f.value,
        unit: f.unit,
        period: f.period,
        year: f.year,
        scope: f.scope,
        measure: f.measure,
        status: f.status,
        raw: f.raw,
      })),
      source: a.source,
    })),
  };
}
export type CorpusExport = ReturnType<typeof corpusExport>;
