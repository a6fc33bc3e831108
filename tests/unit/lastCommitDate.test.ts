import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../support/scratchGit.ts';
import { lastCommitDates } from '../../src/history/lastCommitDate.ts';

const scratch = mkdtempSync(join(tmpdir(), 'git-dates-'));
// Git must not find a repository above the scratch folder (the checkout itself, say).
process.env['GIT_CEILING_DIRECTORIES'] = tmpdir();

const repo = join(scratch, 'repo');
/** A day's commits are made at noon UTC. */
const run = (cwd: string, args: string[], day?: string) => git(cwd, args, day && `${day}T12:00:00Z`);
const write = (file: string, text: string) => {
  mkdirSync(join(repo, 'content/annotations'), { recursive: true });
  writeFileSync(join(repo, file), text);
};

beforeAll(() => {
  mkdirSync(repo);
  run(repo, ['init', '-q']);
  write('content/annotations/a.md', 'one');
  write('content/annotations/b.md', 'one');
  run(repo, ['add', '.']);
  run(repo, ['commit', '-q', '-m', 'first'], '2021-03-04');
  write('content/annotations/b.md', 'two');
  run(repo, ['commit', '-q', '-am', 'second'], '2022-05-06');
  write('content/annotations/new.md', 'draft');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lastCommitDates', () => {
  it('gives the committer date of the last commit touching each file', () => {
    const dates = lastCommitDates(repo, ['content/annotations/a.md', 'content/annotations/b.md']);
    expect(dates.get('content/annotations/a.md')).toEqual({ kind: 'commit', date: '2021-03-04' });
    expect(dates.get('content/annotations/b.md')).toEqual({ kind: 'commit', date: '2022-05-06' });
  });

  it('says a file was never committed rather than dating it', () => {
    expect(lastCommitDates(repo, ['content/annotations/new.md']).get('content/annotations/new.md')).toEqual({ kind: 'uncommitted' });
  });

  it('says there is no history outside a repository (a tarball copy)', () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain);
    expect(lastCommitDates(plain, ['content/annotations/a.md']).get('content/annotations/a.md')).toEqual({ kind: 'no-history' });
  });

  it('says there is no history when git is not installed', () => {
    expect(lastCommitDates(repo, ['content/annotations/a.md'], { git: join(scratch, 'no-such-git') }).get('content/annotations/a.md')).toEqual({ kind: 'no-history' });
  });

  it('does not trust a shallow clone, whose one commit would date every file', () => {
    const clone = join(scratch, 'clone');
    run(scratch, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(lastCommitDates(clone, ['content/annotations/a.md']).get('content/annotations/a.md')).toEqual({ kind: 'no-history' });
  });
});
