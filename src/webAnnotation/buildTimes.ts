import { contentRoot } from '../corpus/contentRoot.ts';
import { getCorpus } from '../corpus/loadCorpus.ts';
import { annotationTimes, type AnnotationTimes } from './annotationTimes.ts';

let cached: ReadonlyMap<string, AnnotationTimes> | undefined;

/** Annotation id → created/modified, asked of git once per build and shared by every page of the export. */
export function getAnnotationTimes(): ReadonlyMap<string, AnnotationTimes> {
  return (cached ??= (() => {
    const byFile = new Map<string, { id: string; line: number }[]>();
    for (const a of getCorpus().annotations) {
      const blocks = byFile.get(a.source.file) ?? [];
      blocks.push({ id: a.id, line: a.source.line });
      byFile.set(a.source.file, blocks);
    }
    return annotationTimes(contentRoot(), [...byFile].map(([file, blocks]) => ({ file, blocks })));
  })());
}
