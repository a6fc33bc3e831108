import type { AstroIntegration } from 'astro';
import { ContentError } from '../corpus/contentError.ts';
import { contentRoot } from '../corpus/contentRoot.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';

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
          // The same root the pages read (getCorpus), not Astro's config.root.
          const corpus = loadCorpus(contentRoot());
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
