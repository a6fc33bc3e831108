import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway copy of the project's content and seeds, for fault-injection tests. */
export interface TempProject {
  root: string;
  /** Replaces the first occurrence of `from` in a file; fails if it is not there. */
  edit(file: string, from: string, to: string): void;
  /** Moves a file within the copy. */
  rename(from: string, to: string): void;
  remove(): void;
}

export function tempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'atlas-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  return {
    root,
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${file}`);
      writeFileSync(path, text.replace(from, to));
    },
    rename: (from, to) => renameSync(join(root, from), join(root, to)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
