import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * When each annotation was created and last modified, from the git history of its
 * annotation file, for the Web Annotation `created`/`modified` properties. Finer than
 * the reader page's "last updated" (one date per file): an annotation is dated by its own
 * block of lines, so editing one note does not re-date the other fifty.
 *
 * - `created`: the committer time of the first commit whose diff adds the line opening
 *   the block (`:::annotation{#id`), searched in the whole history of the file.
 * - `modified`: the latest committer time among the lines of the block as it stands now,
 *   by `git blame` (each line is attributed to the commit that last changed it).
 *
 * Unknown stays unknown, never invented: without usable history (no git, no repository,
 * a shallow clone) both are absent; a block never committed has no `created`, and a block
 * with uncommitted edits has no `modified`, since the change it carries has no date yet.
 */
export interface AnnotationTimes {
  /** xsd:dateTime in UTC, e.g. `2026-11-20T09:14:03Z`. */
  created?: string;
  modified?: string;
}

/** An annotation file and the annotations written in it, with the line each block opens on. */
export interface AnnotationFileBlocks {
  file: string;
  blocks: readonly { id: string; line: number }[];
}

export interface GitOptions {
  /** The git executable; tests point it at a missing one. */
  git?: string;
}

function git(root: string, args: string[], options: GitOptions): string | undefined {
  const run = spawnSync(options.git ?? 'git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return run.error || run.status !== 0 ? undefined : run.stdout;
}

const isoFromEpoch = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const openingId = /^:::annotation\{#([^\s}]+)/;

/** Annotation id → committer time (epoch seconds) of the first commit adding its opening line. */
function creationTimes(root: string, file: string, options: GitOptions): Map<string, number> {
  const created = new Map<string, number>();
  // Oldest first; --follow keeps the history of a file across a rename.
  const log = git(root, ['log', '--follow', '--reverse', '--format=%x00%ct', '-p', '--unified=0', '--no-color', '--', file], options) ?? '';
  let time: number | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) time = Number(line.slice(1));
    else if (time !== undefined && line.startsWith('+') && !line.startsWith('+++')) {
      const id = openingId.exec(line.slice(1))?.[1];
      if (id && !created.has(id)) created.set(id, time);
    }
  }
  return created;
}

/** Per line of the file as it stands (index 0 = line 1): committer time, or undefined when not committed yet. */
function lineTimes(root: string, file: string, options: GitOptions): (number | undefined)[] | undefined {
  const blame = git(root, ['blame', '--line-porcelain', '--', file], options);
  if (blame === undefined) return undefined;
  const times: (number | undefined)[] = [];
  let sha = '';
  let time: number | undefined;
  for (const line of blame.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ \d+/.exec(line);
    if (header) {
      sha = header[1]!;
      time = undefined;
    } else if (line.startsWith('committer-time ')) time = Number(line.slice('committer-time '.length));
    else if (line.startsWith('\t')) times.push(/^0+$/.test(sha) ? undefined : time);
  }
  return times;
}

/** The lines of a block: from its opening line to the first line `:::` after it. */
function blockEnd(lines: readonly string[], opening: number): number {
  for (let i = opening; i < lines.length; i++) if (lines[i]!.trim() === ':::') return i + 1;
  return lines.length;
}

export function annotationTimes(root: string, files: readonly AnnotationFileBlocks[], options: GitOptions = {}): Map<string, AnnotationTimes> {
  const out = new Map<string, AnnotationTimes>();
  // A shallow clone would date every block by its one commit: treat it as no history.
  if (git(root, ['rev-parse', '--is-shallow-repository'], options)?.trim() !== 'false') return out;
  for (const { file, blocks } of files) {
    const created = creationTimes(root, file, options);
    const times = lineTimes(root, file, options);
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (const { id, line } of blocks) {
      const entry: AnnotationTimes = {};
      const first = created.get(id);
      if (first !== undefined) entry.created = isoFromEpoch(first);
      const span = times?.slice(line - 1, blockEnd(lines, line - 1));
      if (first !== undefined && span?.length && span.every((t) => t !== undefined)) entry.modified = isoFromEpoch(Math.max(...(span as number[])));
      out.set(id, entry);
    }
  }
  return out;
}
