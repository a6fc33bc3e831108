import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

/**
 * Runs git in a scratch repository as a fixed test author, never signing, and never
 * finding a repository above the temp folder (the checkout itself, say). `time` (ISO
 * 8601) is the author and committer time, so dates read back from history are known.
 */
export function git(cwd: string, args: string[], time?: string): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir(), ...(time ? { GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time } : {}) },
    stdio: 'pipe',
  }).toString();
}
