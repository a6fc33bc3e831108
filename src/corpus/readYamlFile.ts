import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from './contentError.ts';
import { decodeText } from './decodeText.ts';
import { describeIssues } from './describeIssues.ts';
import { nearest } from './suggest.ts';

/** At most this many messages per file: one slip often breaks several things after it. */
const MAX_MESSAGES = 3;

/** Where each entry of a validated file was written, for checks made after validation. */
const entryLines = new WeakMap<object, (path: readonly PropertyKey[]) => number | undefined>();

/**
 * The line of an entry read by readYamlFile, or of something inside it
 * (`yamlLine(indicator, 'cells', 'ningbo', 'code')`), so that checks made later
 * (duplicate ids, unknown references) can point at it too.
 */
export function yamlLine(entry: object, ...path: PropertyKey[]): number | undefined {
  return entryLines.get(entry)?.(path);
}

function lineAt(doc: Document, lineCounter: LineCounter, path: readonly unknown[]): number | undefined {
  // Walk up the path until a node with a position is found (a missing key has none). A
  // mapping's entry is located by its key, which is where an editor looks for `ningbo:`
  // even when its value is a block starting on the next line.
  for (let depth = path.length; depth >= 0; depth--) {
    const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The keys an entry of a list file may have, for "did you mean" on a mistyped key. */
function entryKeys(schema: z.ZodType): string[] {
  const element = (schema as { element?: { shape?: object } }).element;
  return Object.keys(element?.shape ?? {});
}

/**
 * `lable:` for `label:` is one slip, not two: the missing key that an unknown key most
 * likely meant is not reported separately (the unknown key's message names it).
 */
function impliedByTypo(error: z.ZodError, keys: readonly string[]): Set<string> {
  const implied = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys' || issue.path.length !== 1) continue;
    for (const key of issue.keys) {
      const guess = nearest(key, keys);
      if (guess) implied.add([...issue.path, guess].join('.'));
    }
  }
  return implied;
}

/** Keeps the first messages, and says how many more there were instead of listing them. */
function capped(problems: ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_MESSAGES) return problems;
  const kept = problems.slice(0, MAX_MESSAGES - 1);
  const rest = problems.length - kept.length;
  return [...kept, { file: problems[0]!.file, line: problems[MAX_MESSAGES - 1]!.line, message: `and ${rest} more problems in this file; expected none: fix the ones above first, the rest often follow from them` }];
}

/**
 * Reads and validates one YAML content file (decoded like every authored file: no BOM,
 * `\n` line ends). Problems carry the line of the offending entry, found by walking the
 * YAML document to the path zod reports, and its id (or `entry N` when it has none).
 * Returns undefined when the file fails, so callers can skip the checks that depend on it.
 */
export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  if (!existsSync(join(root, file))) {
    problems.push({ file, message: 'found no such file; expected it in content/ (every YAML file is required, even if it lists nothing)' });
    return undefined;
  }
  const text = decodeText(readFileSync(join(root, file)));
  // YAML's own message for a tab in the indentation is "Unexpected scalar at node end".
  const tab = text.split('\n').findIndex((line) => /^ *\t/.test(line));
  if (tab >= 0) {
    problems.push({ file, line: tab + 1, message: 'found a tab in the indentation; expected spaces only (YAML does not allow tabs for indenting)' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // Later syntax errors almost always follow from the first (a tab, an unclosed bracket).
    const [e] = doc.errors;
    const more = doc.errors.length - 1;
    problems.push({
      file,
      line: lineCounter.linePos(e!.pos[0]).line,
      message: `is not valid YAML: ${e!.message.split('\n')[0]}${more ? ` (${more} more YAML error${more === 1 ? '' : 's'} after it, most likely caused by this one)` : ''}`,
    });
    return undefined;
  }

  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) {
    const data = result.data as unknown;
    if (Array.isArray(data)) {
      data.forEach((entry, i) => {
        if (entry && typeof entry === 'object') entryLines.set(entry, (path) => lineAt(doc, lineCounter, [i, ...path]));
      });
    }
    return result.data;
  }
  const found: ContentProblem[] = [];
  const keys = entryKeys(schema);
  const reported = impliedByTypo(result.error, keys);
  // Suggestions for keys of an entry; nested objects (labels, dates) differ, so get none.
  const described = result.error.issues.flatMap((issue) => describeIssues(new z.ZodError([issue]), issue.path.length === 1 ? keys : []));
  for (const { path, message } of described) {
    // One message per field: an empty label is not also reported as lacking Chinese.
    const key = path.join('.');
    if (reported.has(key)) continue;
    reported.add(key);
    const index = path[0];
    const entry = typeof index === 'number' ? doc.getIn([index, 'id']) : undefined;
    const id = typeof entry === 'string' ? entry : typeof index === 'number' ? `entry ${index + 1}` : undefined;
    const noId = path.length === 2 && path[1] === 'id' && entry === undefined;
    found.push({ file, line: lineAt(doc, lineCounter, path), id, message: noId ? 'found an entry without an `id`; expected every entry to start `- id: some-kebab-case-id`' : message });
  }
  problems.push(...capped(found));
  return undefined;
}

