import { spawnSync } from 'node:child_process';

/**
 * When a file last changed, from git history. Never invented: a copy without history
 * (a tarball, or git not installed), a shallow clone (whose oldest commit would pass for
 * the date of every file it did not touch since) and a file never committed each say so.
 */
export type LastCommit = { kind: 'commit'; date: string } | { kind: 'no-history' } | { kind: 'uncommitted' };

export interface GitOptions {
  /** The git executable; tests point it at a missing one. */
  git?: string;
}

/** Runs git in `root`; undefined when git is missing or `root` is not in a repository. */
function git(root: string, args: string[], options: GitOptions): string | undefined {
  const run = spawnSync(options.git ?? 'git', args, { cwd: root, encoding: 'utf8' });
  return run.error || run.status !== 0 ? undefined : run.stdout.trim();
}

/**
 * The committer date (YYYY-MM-DD) of the last commit touching each file, i.e.
 * `git log -1 --format=%cs -- <file>`, for files relative to `root`.
 */
export function lastCommitDates(root: string, files: readonly string[], options: GitOptions = {}): Map<string, LastCommit> {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'], options);
  const usable = shallow === 'false';
  return new Map(
    files.map((file): [string, LastCommit] => {
      if (!usable) return [file, { kind: 'no-history' }];
      const date = git(root, ['log', '-1', '--format=%cs', '--', file], options);
      if (date === undefined) return [file, { kind: 'no-history' }];
      return [file, date === '' ? { kind: 'uncommitted' } : { kind: 'commit', date }];
    }),
  );
}
