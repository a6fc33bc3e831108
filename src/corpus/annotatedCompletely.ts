import type { DocumentMeta } from '../schemas/document.ts';

/**
 * Whether a jurisdiction's sources have all had the full editorial pass: only then may
 * its silence on a theme or question be read as the source's silence ("not addressed")
 * rather than as work not yet done.
 */
export function annotatedCompletely(documents: readonly Pick<DocumentMeta, 'annotationStatus'>[]): boolean {
  return documents.length > 0 && documents.every((d) => d.annotationStatus === 'complete');
}
