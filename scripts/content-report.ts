/**
 * Content report: per source, annotations by kind, share of paragraphs annotated, figures
 * by status and themes covered. Exits 1 when a paragraph that states a number has no
 * annotation, so coverage cannot silently regress.
 *   npm run report:content            (all sources)
 *   npm run report:content -- jinhua-best-cases
 */
import { ContentError } from '../src/corpus/contentError.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { documentCoverage, thinThemes } from '../src/report/coverage.ts';

const only = process.argv[2];
let corpus;
try {
  corpus = loadCorpus(process.cwd());
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const fmt = (r: Record<string, number>) =>
  Object.entries(r)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';
let failures = 0;
for (const doc of corpus.documents) {
  if (only && doc.id !== only) continue;
  const c = documentCoverage(doc);
  const substantive = doc.annotations.filter((a) => a.kind !== 'boilerplate').length;
  console.log(`\n${doc.id}`);
  console.log(`  annotations: ${doc.annotations.length} (${substantive} not boilerplate) — ${fmt(c.annotationsByKind)}`);
  console.log(`  paragraphs annotated: ${c.annotatedParagraphs}/${c.paragraphs} (${Math.round((100 * c.annotatedParagraphs) / c.paragraphs)}%)`);
  console.log(`  figures: ${Object.values(c.figuresByStatus).reduce((a, b) => a + b, 0)} — ${fmt(c.figuresByStatus)}`);
  console.log(`  themes: ${c.themes.join(', ') || '—'}`);
  for (const p of c.uncovered) {
    failures++;
    console.log(`  ✗ p-${p.n} states a number but has no annotation: "${p.text.slice(0, 90)}${p.text.length > 90 ? '…' : ''}"`);
  }
}

if (!only) {
  const annotations = corpus.annotations.filter((a) => a.kind !== 'boilerplate');
  const figures = corpus.annotations.flatMap((a) => a.figures);
  console.log(`\ntotal: ${annotations.length} annotations not boilerplate, ${figures.length} figures (${figures.filter((f) => f.status !== 'stated').length} damaged in source), ${corpus.glossary.length} glossary terms`);
  for (const t of thinThemes(corpus)) console.log(`  theme ${t.theme}: only ${t.jurisdictions.length} jurisdiction(s) (${t.jurisdictions.join(', ') || 'none'})`);
}
if (failures) {
  console.log(`\n${failures} paragraph(s) state a number without an annotation: annotate them, or mark them boilerplate/context.`);
  process.exitCode = 1;
}
