import type { AstroIntegration } from 'astro';
import { ContentError } from '../corpus/contentError.ts';
import { contentRoot } from '../corpus/contentRoot.ts';
import { getCorpus } from '../corpus/loadCorpus.ts';

/**
 * Validates all content before Astro renders a page, so a broken annotation stops the
 * build with the full list of problems (file:line, id, what was expected) instead of a
 * stack trace from the first page that happens to read it.
 */
export default function corpusCheck(): AstroIntegration {
  return {
    name: 'corpus-check',
    hooks: {
      'astro:config:done': ({ logger }) => {
        try {
          // The same root the pages read, not Astro's config.root; the search index
          // integration reuses this model through getCorpus's cache.
          const corpus = getCorpus(contentRoot());
          logger.info(`${corpus.documents.length} documents, ${corpus.annotations.length} annotations anchored`);
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            throw new Error(`Content check failed: ${error.problems.length} problem(s), listed above.`, { cause: error });
          }
          throw error;
        }
      },
    },
  };
}
