import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentRoot } from '../corpus/contentRoot.ts';
import { getCorpus } from '../corpus/loadCorpus.ts';
import { searchRecords } from '../search/searchRecords.ts';

/** Throws with every message Pagefind returned for one call, naming the call. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the search index after Astro has written the site: create index → add one
 * custom record per annotation and per unannotated paragraph → write `pagefind/`.
 * Records come from the corpus model, not from crawling HTML, so page chrome and page
 * furniture never enter the index. Every response's errors are checked; the service is
 * closed in `finally`.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const records = searchRecords(getCorpus(contentRoot()));
          for (const record of records) check(`addCustomRecord(${record.url})`, (await index.addCustomRecord(record)).errors);
          check('writeFiles', (await index.writeFiles({ outputPath })).errors);
          logger.info(`indexed ${records.length} records into ${outputPath}`);
        } catch (error) {
          throw new Error('Building the search index failed', { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
