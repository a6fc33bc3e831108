import { createHash } from 'node:crypto';
import { emptyCodebook, loadCodebook, type Codebook } from '../codebook/loadCodebook.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthoredAnnotation } from '../schemas/annotation.ts';
import type { TrilingualText } from '../schemas/common.ts';
import { documentsFileSchema, type DocumentMeta } from '../schemas/document.ts';
import { glossaryFileSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { jurisdictionsFileSchema, type Jurisdiction } from '../schemas/jurisdiction.ts';
import { measuresFileSchema, type Measure } from '../schemas/measure.ts';
import { themesFileSchema, type Theme } from '../schemas/theme.ts';
import { toTraditional } from '../i18n/toTraditional.ts';
import { anchorQuote, normaliseWhitespace } from './anchorQuote.ts';
import { ContentError, type ContentProblem } from './contentError.ts';
import { contentRoot } from './contentRoot.ts';
import { splitParagraphs, type Paragraph } from './paragraphs.ts';
import { parseAnnotationFile, type LocatedAnnotation } from './parseAnnotationFile.ts';
import { annotationFileProblem } from './annotationFileName.ts';
import { decodeText } from './decodeText.ts';
import { readYamlFile, yamlLine } from './readYamlFile.ts';
import { renderNote } from './renderMarkdown.ts';
import { didYouMean } from './suggest.ts';

/** An annotation anchored in its seed, with everything pages and exports need. */
export interface Annotation extends Omit<AuthoredAnnotation, 'quote' | 'note' | 'prefix' | 'suffix'> {
  document: string;
  jurisdiction: string;
  /** Exactly `seed.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** Paragraph numbers the quote touches (usually one). */
  paragraphs: number[];
  /** Markdown notes; zh-Hant generated from zh-Hans. */
  note: TrilingualText;
  /** The notes rendered to sanitised HTML. */
  noteHtml: TrilingualText;
  /** The text those HTML notes show (entities decoded), for search. */
  noteText: TrilingualText;
  /** Where the annotation is written. */
  source: { file: string; line: number };
  /** Annotations that link here (e.g. the city measures implementing a national clause). */
  linkedFrom: string[];
}

export interface SourceDocument extends DocumentMeta {
  text: string;
  sha256: string;
  paragraphs: Paragraph[];
  /** Ordered by start offset, longer first on ties. */
  annotations: Annotation[];
}

export interface Corpus {
  documents: SourceDocument[];
  themes: Theme[];
  jurisdictions: Jurisdiction[];
  glossary: GlossaryTerm[];
  measures: Measure[];
  annotations: Annotation[];
  /** Indicators and their coded cells: each jurisdiction's answer to the same questions. */
  codebook: Codebook;
  /** Lookups by id, built once per build so pages and components never rebuild them. */
  annotationById: ReadonlyMap<string, Annotation>;
  documentById: ReadonlyMap<string, SourceDocument>;
  themeById: ReadonlyMap<string, Theme>;
  jurisdictionById: ReadonlyMap<string, Jurisdiction>;
  termById: ReadonlyMap<string, GlossaryTerm>;
}

export const contentFiles = {
  documents: 'content/documents.yaml',
  themes: 'content/themes.yaml',
  jurisdictions: 'content/jurisdictions.yaml',
  glossary: 'content/glossary.yaml',
  measures: 'content/codebook/measures.yaml',
  annotations: 'content/annotations',
  seedManifest: 'seeds/SHA256SUMS',
} as const;

function readManifest(root: string): Map<string, string> {
  const lines = readFileSync(join(root, contentFiles.seedManifest), 'utf8').trim().split('\n');
  return new Map(lines.map((l) => l.split(/\s+\*?/)).map(([hash, name]) => [`seeds/${name}`, hash!]));
}

const trilingual = (t: { en: string; 'zh-Hans': string }): TrilingualText => ({ ...t, 'zh-Hant': toTraditional(t['zh-Hans']) });

/** Reads, validates and anchors all content. Throws one ContentError listing every problem. */
export function loadCorpus(root: string): Corpus {
  const problems: ContentProblem[] = [];
  const themeFile = readYamlFile(root, contentFiles.themes, themesFileSchema, problems);
  const jurisdictionFile = readYamlFile(root, contentFiles.jurisdictions, jurisdictionsFileSchema, problems);
  const glossaryFile = readYamlFile(root, contentFiles.glossary, glossaryFileSchema, problems);
  const metas = readYamlFile(root, contentFiles.documents, documentsFileSchema, problems) ?? [];
  const measureFile = readYamlFile(root, contentFiles.measures, measuresFileSchema, problems);
  const [themes, jurisdictions, glossary, measures] = [themeFile ?? [], jurisdictionFile ?? [], glossaryFile ?? [], measureFile ?? []];
  const manifest = readManifest(root);
  /** Files that failed (invalid, or an id given twice): references to them are not checked. */
  const failedFiles = new Set<string>();
  for (const [file, data] of [[contentFiles.themes, themeFile], [contentFiles.jurisdictions, jurisdictionFile], [contentFiles.glossary, glossaryFile], [contentFiles.measures, measureFile], [contentFiles.documents, metas.length ? metas : undefined]] as const) {
    if (!data) failedFiles.add(file);
  }

  const themeIds = new Set(themes.map((t) => t.id));
  const termIds = new Set(glossary.map((t) => t.id));
  const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));
  const measureIds = new Set(measures.map((m) => m.id));
  for (const [file, list] of [[contentFiles.themes, themes], [contentFiles.jurisdictions, jurisdictions], [contentFiles.glossary, glossary], [contentFiles.measures, measures], [contentFiles.documents, metas]] as const) {
    const seen = new Set<string>();
    for (const entry of list) {
      const { id } = entry;
      if (seen.has(id)) {
        problems.push({ file, line: yamlLine(entry, 'id'), id, message: `duplicate id "${id}"; expected every id once in the file` });
        failedFiles.add(file);
      }
      seen.add(id);
    }
  }

  // One mistake, one message: when a file failed, the checks against it are skipped and
  // said to be, instead of every reference to it being reported unknown.
  const checks = (file: string, what: string) => {
    if (failedFiles.has(file)) problems.push({ file, message: `${what} not checked because ${file} failed (see above); expected to be checked once it is fixed` });
    return !failedFiles.has(file);
  };
  const checkThemes = checks(contentFiles.themes, "annotations' themes");
  const checkTerms = checks(contentFiles.glossary, "annotations' glossary terms");
  const checkJurisdictions = checks(contentFiles.jurisdictions, "documents' jurisdictions");
  const checkMeasures = checks(contentFiles.measures, "figures' measures");
  checks(contentFiles.documents, 'annotation files');

  const documents: SourceDocument[] = [];
  for (const meta of metas) {
    if (checkJurisdictions && !jurisdictionIds.has(meta.jurisdiction)) {
      problems.push({ file: contentFiles.documents, line: yamlLine(meta, 'jurisdiction'), id: meta.id, message: `jurisdiction "${meta.jurisdiction}" is not in ${contentFiles.jurisdictions}${didYouMean(meta.jurisdiction, jurisdictionIds)}` });
    }
    if (!existsSync(join(root, meta.seed))) {
      problems.push({ file: contentFiles.documents, line: yamlLine(meta, 'seed'), id: meta.id, message: `seed ${meta.seed} does not exist; expected the path of a file in seeds/` });
      continue;
    }
    const bytes = readFileSync(join(root, meta.seed));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (manifest.get(meta.seed) !== sha256) {
      problems.push({ file: meta.seed, id: meta.id, message: `sha256 ${sha256} differs from ${contentFiles.seedManifest} (${manifest.get(meta.seed) ?? 'no entry'}); seeds are evidence and must stay byte-identical` });
    }
    const text = bytes.toString('utf8');
    documents.push({ ...meta, text, sha256, paragraphs: splitParagraphs(text), annotations: [] });
  }
  const documentById = new Map(documents.map((d) => [d.id, d]));

  const located: LocatedAnnotation[] = [];
  const annotationDir = join(root, contentFiles.annotations);
  const metaIds = metas.map((m) => m.id);
  for (const entry of existsSync(annotationDir) ? readdirSync(annotationDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : []) {
    const file = `${contentFiles.annotations}/${entry.name}`;
    if (metas.length === 0) continue; // documents.yaml itself failed: already reported
    const misnamed = annotationFileProblem(entry.name, entry.isFile(), metaIds);
    if (misnamed) {
      problems.push({ file, message: misnamed });
      continue;
    }
    if (entry.name === 'README.md') continue;
    // A document whose seed is missing has that one problem reported; nothing to anchor in.
    if (!documentById.has(entry.name.slice(0, -3))) continue;
    for (const item of parseAnnotationFile(decodeText(readFileSync(join(root, file))), file, problems)) located.push(item);
  }

  const annotationById = new Map<string, Annotation>();
  const firstSeen = new Map<string, LocatedAnnotation>();
  for (const item of located) {
    const { annotation: a, file, line, figureLines } = item;
    const report = (message: string, at: number = line) => problems.push({ file, line: at, id: a.id, message });
    const doc = documentById.get(file.slice(contentFiles.annotations.length + 1, -3))!;

    const earlier = firstSeen.get(a.id);
    if (earlier) {
      report(`duplicate id: already used at ${earlier.file}:${earlier.line}; expected each annotation id once across all annotation files`);
      continue;
    }
    firstSeen.set(a.id, item);
    if (checkThemes) for (const t of a.themes) if (!themeIds.has(t)) report(`theme "${t}" is not in ${contentFiles.themes}${didYouMean(t, themeIds)}`);
    // Terms linked in either note count as the annotation's terms too.
    const terms = [...new Set([...a.terms, ...item.termLinks.map((t) => t.id)])];
    if (checkTerms) {
      for (const t of a.terms) if (!termIds.has(t)) report(`term "${t}" is not in ${contentFiles.glossary}${didYouMean(t, termIds)}`);
      for (const t of item.termLinks) if (!termIds.has(t.id)) report(`term "${t.id}" is not in ${contentFiles.glossary}${didYouMean(t.id, termIds)}`, t.line);
    }

    const anchored = anchorQuote(doc, { exact: a.quote, prefix: a.prefix, suffix: a.suffix });
    if (!anchored.ok) {
      report(`${anchored.message} (${doc.seed})`);
      continue;
    }
    const quote = doc.text.slice(anchored.start, anchored.end);
    a.figures.forEach((f, i) => {
      const at = figureLines[i];
      if (!normaliseWhitespace(quote).includes(normaliseWhitespace(f.raw))) report(`figure raw text "${f.raw}" does not occur in the quote; raw quotes the source's own words for the number`, at);
      if (checkMeasures && f.measure && !measureIds.has(f.measure)) report(`figure measure "${f.measure}" is not in ${contentFiles.measures}${didYouMean(f.measure, measureIds)}; add it there with en and zh-Hans labels`, at);
    });
    const { prefix: _p, suffix: _s, quote: _q, note, ...rest } = a;
    const noteMd = trilingual(note);
    const rendered = { en: renderNote(noteMd.en), 'zh-Hans': renderNote(noteMd['zh-Hans']), 'zh-Hant': renderNote(noteMd['zh-Hant']) };
    const model: Annotation = {
      ...rest,
      terms,
      document: doc.id,
      jurisdiction: doc.jurisdiction,
      quote,
      start: anchored.start,
      end: anchored.end,
      paragraphs: doc.paragraphs.filter((p) => p.start < anchored.end && p.end > anchored.start).map((p) => p.n),
      note: noteMd,
      noteHtml: { en: rendered.en.html, 'zh-Hans': rendered['zh-Hans'].html, 'zh-Hant': rendered['zh-Hant'].html },
      noteText: { en: rendered.en.text, 'zh-Hans': rendered['zh-Hans'].text, 'zh-Hant': rendered['zh-Hant'].text },
      source: { file, line },
      linkedFrom: [],
    };
    annotationById.set(a.id, model);
    doc.annotations.push(model);
  }

  // An annotation that failed to parse has its own problem; links to it are not reported too.
  const failedIds = new Set(problems.flatMap((p) => (p.id ? [p.id] : [])));
  for (const a of annotationById.values()) {
    for (const link of a.links) {
      if (failedIds.has(link) && !firstSeen.has(link)) continue;
      if (link === a.id) problems.push({ file: a.source.file, line: a.source.line, id: a.id, message: 'links to itself; expected only the ids of other annotations in links="…"' });
      else if (!firstSeen.has(link)) problems.push({ file: a.source.file, line: a.source.line, id: a.id, message: `links to unknown annotation "${link}"${didYouMean(link, firstSeen.keys())}; expected the id of an annotation in content/annotations/` });
      else annotationById.get(link)?.linkedFrom.push(a.id);
    }
  }

  // The codebook cites annotations and names themes, jurisdictions and measures, so
  // after any problem above its checks would mostly repeat that problem cell by cell.
  // They wait until the rest is clean (the build fails either way, and then shows them).
  const codebook = problems.length === 0
    ? loadCodebook(root, { themeIds: themes.map((t) => t.id), jurisdictionIds, measureIds, documents, annotationById }, problems)
    : emptyCodebook();

  if (problems.length) throw new ContentError(problems);
  for (const doc of documents) doc.annotations.sort((x, y) => x.start - y.start || y.end - x.end);
  return {
    documents,
    themes,
    jurisdictions,
    glossary,
    measures,
    codebook,
    annotations: documents.flatMap((d) => d.annotations),
    annotationById,
    documentById,
    themeById: new Map(themes.map((t) => [t.id, t])),
    jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
    termById: new Map(glossary.map((t) => [t.id, t])),
  };
}

const cache = new Map<string, Corpus>();
/**
 * The corpus of this build, loaded once per module graph and root: every page reads the
 * same model, and the integrations (content check, search index) share theirs.
 */
export function getCorpus(root: string = contentRoot()): Corpus {
  let corpus = cache.get(root);
  if (!corpus) cache.set(root, (corpus = loadCorpus(root)));
  return corpus;
}
