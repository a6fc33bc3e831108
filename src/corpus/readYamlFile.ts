import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './contentError.ts';
import { describeIssues } from './describeIssues.ts';

/** A validated YAML file and a way back from a path in its data to the line it is written on. */
export interface LocatedYaml<T> {
  data: T;
  /** Line of the deepest node on `path` that has a position (a missing key has none). */
  lineAt: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Reads and validates one YAML content file. Problems carry the line of the offending
 * entry, found by walking the YAML document to the path zod reports.
 */
export function readLocatedYaml<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): LocatedYaml<z.infer<S>> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'), { lineCounter, prettyErrors: false });
  for (const e of doc.errors) {
    problems.push({ file, line: lineCounter.linePos(e.pos[0]).line, message: `is not valid YAML: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return undefined;

  // A mapping's entry is located by its key, which is where an editor looks for
  // `ningbo:` even when its value is a block starting on the next line.
  const lineAt = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, lineAt };
  for (const { path, message } of describeIssues(result.error)) {
    const index = path[0];
    const entry = typeof index === 'number' ? doc.getIn([index, 'id']) : undefined;
    problems.push({ file, line: lineAt(path), id: typeof entry === 'string' ? entry : undefined, message });
  }
  return undefined;
}

/** {@link readLocatedYaml} for files whose entries need no line after validation. */
export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  return readLocatedYaml(root, file, schema, problems)?.data;
}
