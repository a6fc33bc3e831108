import { nearest } from './suggest.ts';

/**
 * Whether a directory entry of `content/annotations/` may be there. The folder holds
 * exactly one `<document-id>.md` per source, plus an optional README.md for editors'
 * notes (never read). Anything else — `x.MD`, `x.md.txt`, a backup, a sub-folder — would
 * otherwise be skipped, and every annotation in it silently lost.
 *
 * Returns what is wrong ("found …; expected …"), or undefined when the entry is fine.
 */
export function annotationFileProblem(name: string, isFile: boolean, documentIds: readonly string[]): string | undefined {
  if (name === 'README.md' && isFile) return undefined;
  const stem = name.replace(/\..*$/, '');
  const guess = documentIds.includes(stem) ? stem : nearest(stem, documentIds);
  const meant = guess ? `; did you mean \`${guess}.md\`?` : '';
  if (!isFile) return `found a folder; expected only files named \`<document-id>.md\` (and README.md) in content/annotations/${meant}`;
  const match = /^(.+)\.md$/.exec(name);
  if (!match) return `found a file whose name does not end in lowercase \`.md\`, so it would be skipped with all its annotations; expected \`<document-id>.md\`${meant}`;
  if (!documentIds.includes(match[1]!)) return `is named after no document in content/documents.yaml: the file name must be a document id${guess ? `; did you mean "${guess}"?` : ''}`;
  return undefined;
}
