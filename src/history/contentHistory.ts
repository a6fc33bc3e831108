import { spawnSync } from 'node:child_process';
import { contentRoot } from '../corpus/contentRoot.ts';
import type { GitOptions } from './lastCommitDate.ts';

/** One commit that changed the content. */
export interface ContentChange {
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** Full commit hash: what a researcher names to say which version of the data they used. */
  commit: string;
  subject: string;
}

/**
 * The version history of content/ from git, newest first. Like lastCommitDates, never
 * invented: a copy without history or a shallow clone (whose one commit would pass for
 * every change) says so, and so does content never committed.
 */
export type ContentHistory =
  | { kind: 'log'; changes: ContentChange[]; /** Older changes exist beyond `changes`. */ more: boolean }
  | { kind: 'no-history' }
  | { kind: 'uncommitted' };

export interface ContentHistoryOptions extends GitOptions {
  /** Folder whose changes count, relative to root. */
  path?: string;
  /** How many changes to list at most. */
  limit?: number;
}

// Unit separator: a commit subject may contain tabs or any printable character, never this.
const SEP = '\x1f';

export function contentHistory(root: string, options: ContentHistoryOptions = {}): ContentHistory {
  const { path = 'content', limit = 30 } = options;
  const git = (args: string[]) => {
    const run = spawnSync(options.git ?? 'git', args, { cwd: root, encoding: 'utf8' });
    return run.error || run.status !== 0 ? undefined : run.stdout;
  };
  if (git(['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return { kind: 'no-history' };
  // One more than the limit tells whether older changes exist.
  const out = git(['log', `-n${limit + 1}`, `--format=%cs${SEP}%H${SEP}%s`, '--', path]);
  if (out === undefined) return { kind: 'no-history' };
  const changes = out
    .split('\n')
    .filter((line) => line !== '')
    .map((line): ContentChange => {
      const [date = '', commit = '', ...subject] = line.split(SEP);
      return { date, commit, subject: subject.join(SEP) };
    });
  if (changes.length === 0) return { kind: 'uncommitted' };
  return { kind: 'log', changes: changes.slice(0, limit), more: changes.length > limit };
}

let cached: ContentHistory | undefined;
/** The content history of this build, asked of git once. */
export function getContentHistory(): ContentHistory {
  return (cached ??= contentHistory(contentRoot()));
}
