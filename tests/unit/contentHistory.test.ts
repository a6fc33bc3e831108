import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../support/scratchGit.ts';
import { contentHistory } from '../../src/history/contentHistory.ts';

const scratch = mkdtempSync(join(tmpdir(), 'git-history-'));
// Git must not find a repository above the scratch folder (the checkout itself, say).
process.env['GIT_CEILING_DIRECTORIES'] = tmpdir();

const repo = join(scratch, 'repo');
/** A day's commits are made at noon UTC. */
const run = (cwd: string, args: string[], day?: string) => git(cwd, args, day && `${day}T12:00:00Z`);
const write = (file: string, text: string) => {
  mkdirSync(join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, 'src'), { recursive: true });
  writeFileSync(join(repo, file), text);
};

beforeAll(() => {
  mkdirSync(repo);
  run(repo, ['init', '-q']);
  write('src/code.ts', 'one');
  run(repo, ['add', '.']);
  run(repo, ['commit', '-q', '-m', 'code only'], '2020-01-01');
  write('content/a.md', 'one');
  run(repo, ['add', '.']);
  run(repo, ['commit', '-q', '-m', 'first content'], '2021-03-04');
  write('src/code.ts', 'two');
  run(repo, ['commit', '-q', '-am', 'code again'], '2021-06-01');
  write('content/a.md', 'two');
  run(repo, ['commit', '-q', '-am', 'Second: with\ttab, “quotes” and 中文'], '2022-05-06');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('contentHistory', () => {
  it('lists only the commits that touched content/, newest first, with date, full hash and subject', () => {
    const history = contentHistory(repo);
    expect(history.kind).toBe('log');
    if (history.kind !== 'log') return;
    const hashes = run(repo, ['log', '--format=%H', '--', 'content']).trim().split('\n');
    expect(history.changes).toEqual([
      { date: '2022-05-06', commit: hashes[0], subject: 'Second: with\ttab, “quotes” and 中文' },
      { date: '2021-03-04', commit: hashes[1], subject: 'first content' },
    ]);
    expect(history.more).toBe(false);
  });

  it('caps the list and says that older changes exist', () => {
    const history = contentHistory(repo, { limit: 1 });
    expect(history).toMatchObject({ kind: 'log', more: true });
    if (history.kind === 'log') expect(history.changes.map((c) => c.date)).toEqual(['2022-05-06']);
  });

  it('says content was never committed rather than dating it', () => {
    expect(contentHistory(repo, { path: 'nothing-here' })).toEqual({ kind: 'uncommitted' });
  });

  it('says there is no history outside a repository, without git, or in a shallow clone', () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain);
    expect(contentHistory(plain)).toEqual({ kind: 'no-history' });
    expect(contentHistory(repo, { git: join(scratch, 'no-such-git') })).toEqual({ kind: 'no-history' });
    const clone = join(scratch, 'clone');
    run(scratch, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(contentHistory(clone)).toEqual({ kind: 'no-history' });
  });
});
