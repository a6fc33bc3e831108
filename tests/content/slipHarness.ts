import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, formatProblem, type ContentProblem } from '../../src/corpus/contentError.ts';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.ts';

/**
 * Fault injection for editors' slips: each case edits a copy of `content/` the way an
 * editor might by mistake, loads the corpus as `npm run check:content` does, and says
 * what came out. One temp project per test file; `content/` is laid anew for every case
 * (it is small), seeds are copied once.
 */

/** One edit to the copy of the project. */
export type Edit =
  | { file: string; replace: string | RegExp; with: string }
  | { file: string; transform: (text: string) => string }
  | { rename: string; to: string }
  | { create: string; text?: string };

/** What the check must say: the problem at this file and line, about this id, in these words. */
export interface Expected {
  file: string;
  line?: number;
  id?: string;
  message: RegExp;
  /** At most this many problems in all (one mistake, one root error). */
  atMost?: number;
}

export interface Slip {
  name: string;
  edits: Edit[];
  /** A problem the check must report, or `identical` for an edit that must change nothing. */
  expect: Expected | 'identical';
}

export const NINGBO = 'content/annotations/ningbo-18-strategies.md';
export const JINHUA = 'content/annotations/jinhua-best-cases.md';

/** Everything about an annotation a reader or the data export gets. */
export function snapshot(corpus: Corpus) {
  return corpus.annotations
    .map((a) => ({
      id: a.id,
      document: a.document,
      kind: a.kind,
      themes: a.themes,
      terms: a.terms,
      links: a.links,
      quote: a.quote,
      start: a.start,
      end: a.end,
      figures: a.figures,
      en: a.noteText.en,
      zh: a.noteText['zh-Hans'],
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
}
export type Snapshot = ReturnType<typeof snapshot>;

export type Outcome = { ok: true; snapshot: Snapshot } | { ok: false; problems: readonly ContentProblem[] };

function apply(root: string, edit: Edit): void {
  if ('rename' in edit) return renameSync(join(root, edit.rename), join(root, edit.to));
  if ('create' in edit) {
    if (edit.text === undefined) return void mkdirSync(join(root, edit.create), { recursive: true });
    return writeFileSync(join(root, edit.create), edit.text);
  }
  const path = join(root, edit.file);
  const text = readFileSync(path, 'utf8');
  let next: string;
  if ('transform' in edit) next = edit.transform(text);
  else {
    if (typeof edit.replace === 'string' ? !text.includes(edit.replace) : !edit.replace.test(text)) throw new Error(`test setup: ${String(edit.replace)} is not in ${edit.file}`);
    next = text.replace(edit.replace, edit.with);
  }
  if (next === text) throw new Error(`test setup: the edit changed nothing in ${edit.file}`);
  writeFileSync(path, next);
}

export function harness() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-slips-'));
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  const outcomes = new Map<string, Outcome>();

  const load = (): Outcome => {
    try {
      return { ok: true, snapshot: snapshot(loadCorpus(root)) };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return { ok: false, problems: error.problems };
    }
  };

  return {
    root,
    /** Lays a fresh copy of content/, applies the edits, loads; once per case (memoised). */
    outcome(slip: Slip): Outcome {
      let outcome = outcomes.get(slip.name);
      if (!outcome) {
        rmSync(join(root, 'content'), { recursive: true, force: true });
        cpSync('content', join(root, 'content'), { recursive: true });
        for (const edit of slip.edits) apply(root, edit);
        outcomes.set(slip.name, (outcome = load()));
      }
      return outcome;
    },
    baseline: (() => {
      let base: Snapshot | undefined;
      return () => (base ??= snapshot(loadCorpus(process.cwd())));
    })(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The problems as check:content prints them, for failure messages. */
export const printed = (problems: readonly ContentProblem[]) => problems.map(formatProblem).join('\n');

/** Applies `edit` to the text between the opening line of block `id` and its closing `:::`. */
export function inBlock(id: string, edit: (block: string) => string): (text: string) => string {
  return (text) => {
    const start = text.indexOf(`:::annotation{#${id} `);
    if (start < 0) throw new Error(`test setup: no block ${id}`);
    const end = text.indexOf('\n:::\n', start) + 5;
    return text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end);
  };
}

/** The 1-based line on which `needle` first occurs in the real content file. */
export function lineOf(file: string, needle: string, after?: string): number {
  const text = readFileSync(file, 'utf8');
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (at < 0 || from < 0) throw new Error(`test setup: "${needle}" is not in ${file}`);
  return text.slice(0, at).split('\n').length;
}
