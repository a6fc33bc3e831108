import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../corpus/contentRoot.ts';
import { contentFiles, getCorpus } from '../corpus/loadCorpus.ts';
import { lastCommitDates, type LastCommit } from './lastCommitDate.ts';

let cached: ReadonlyMap<string, LastCommit> | undefined;

/**
 * Document id → when its annotation file last changed in git. Asked of git once per
 * build (one `git log` per file), then read by every reader page.
 */
export function getAnnotationDates(): ReadonlyMap<string, LastCommit> {
  return (cached ??= (() => {
    const root = contentRoot();
    const fileOf = (id: string) => `${contentFiles.annotations}/${id}.md`;
    const ids = getCorpus().documents.map((d) => d.id).filter((id) => existsSync(join(root, fileOf(id))));
    const dates = lastCommitDates(root, ids.map(fileOf));
    return new Map(ids.map((id) => [id, dates.get(fileOf(id))!]));
  })());
}
