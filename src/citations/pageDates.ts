/**
 * When a theme or jurisdiction page's content last changed: the latest git commit among
 * the files it is drawn from (the annotation files of its sources and the codebook's
 * indicator files). Unknown — no git history, or a file not yet committed — when any of
 * them is, rather than a date that would understate the change.
 */
import { contentRoot } from '../corpus/contentRoot.ts';
import { contentFiles } from '../corpus/loadCorpus.ts';
import { lastCommitDates, type LastCommit } from '../history/lastCommitDate.ts';

const cache = new Map<string, LastCommit>();

export function latestChange(files: readonly string[]): LastCommit {
  const missing = files.filter((f) => !cache.has(f));
  for (const [file, change] of lastCommitDates(contentRoot(), missing)) cache.set(file, change);
  const changes = files.map((f) => cache.get(f)!);
  const unknown = changes.find((c) => c.kind !== 'commit');
  if (unknown) return unknown;
  const dates = changes.map((c) => (c.kind === 'commit' ? c.date : '')).sort();
  return dates.length ? { kind: 'commit', date: dates.at(-1)! } : { kind: 'no-history' };
}

export const annotationFile = (documentId: string) => `${contentFiles.annotations}/${documentId}.md`;
export const indicatorFile = (themeId: string) => `content/codebook/indicators/${themeId}.yaml`;
