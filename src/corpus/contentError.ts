/**
 * A problem in authored content, located precisely enough for an editor to fix it:
 * `content/annotations/ningbo-18-strategies.md:41 [ningbo-dibao] theme "housng" is not in content/themes.yaml; did you mean "housing"?`
 */
export interface ContentProblem {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number | undefined;
  /** Annotation (or entry) id, when known. */
  id?: string | undefined;
  /** What was found and what was expected. */
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}${p.id ? ` [${p.id}]` : ''} ${p.message}`;
}

/** Thrown once with every problem found, so one build shows the editor all of them. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const n = problems.length;
    super(`${n} content problem${n === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
