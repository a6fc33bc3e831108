/**
 * Validates all content without building the site: `npm run check:content`.
 * Prints every problem with file:line and exits 1, or prints a one-line summary.
 */
import { ContentError } from '../src/corpus/contentError.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { contentRoot } from '../src/corpus/contentRoot.ts';

try {
  const corpus = loadCorpus(contentRoot());
  const figures = corpus.annotations.reduce((n, a) => n + a.figures.length, 0);
  console.log(
    `content ok: ${corpus.documents.length} documents, ${corpus.annotations.length} annotations, ${figures} figures, ${corpus.themes.length} themes, ${corpus.glossary.length} glossary terms`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
