import type { Blockquote, List, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { annotationAttributesSchema, authoredAnnotationSchema, type AuthoredAnnotation } from '../schemas/annotation.ts';
import type { ContentProblem } from './contentError.ts';
import { describeIssues } from './describeIssues.ts';

/**
 * Annotation file syntax (one file per source, `content/annotations/{document-id}.md`):
 *
 *     :::annotation{#ningbo-dibao-standard kind=target themes="social-assistance" terms="dibao"}
 *     > the minimum living standards will reach 14,000 yuan per year
 *
 *     - figure: {value: 14000, unit: CNY, period: year, measure: dibao-standard, status: stated, raw: "14,000 yuan per year"}
 *
 *     English note in Markdown.
 *
 *     ---
 *
 *     中文说明（简体，Markdown）。
 *     :::
 *
 * The quote is taken from the file's raw text, not from parsed Markdown, so characters
 * Markdown would interpret (`*`, `_`, `\`) stay exactly as in the seed. Prose outside
 * annotation blocks is editors' commentary and is ignored.
 */

/** An authored annotation with where it was written. */
export interface LocatedAnnotation {
  annotation: AuthoredAnnotation;
  file: string;
  line: number;
}

const processor = unified().use(remarkParse).use(remarkDirective);
const attributeKeys = Object.keys(annotationAttributesSchema.shape);
const figureKeys = ['value', 'unit', 'period', 'year', 'scope', 'measure', 'status', 'raw'];

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
const sourceOf = (text: string, first: RootContent, last: RootContent = first) =>
  text.slice(first.position!.start.offset!, last.position!.end.offset!);

/** Blockquote source without its `>` markers, line breaks kept (anchoring treats them as spaces). */
function quoteText(text: string, node: Blockquote): string {
  return sourceOf(text, node)
    .split('\n')
    .map((line) => line.replace(/^\s*>\s?/, ''))
    .join('\n')
    .trim();
}

function isFigureList(text: string, node: RootContent): node is List {
  return node.type === 'list' && node.children.some((item) => /^figure\s*:/.test(sourceOf(text, item).replace(/^[-*+]\s*/, '')));
}

export function parseAnnotationFile(text: string, file: string, problems: ContentProblem[]): LocatedAnnotation[] {
  const tree = processor.parse(text) as Root;
  const found: LocatedAnnotation[] = [];

  for (const node of tree.children) {
    if (node.type === 'containerDirective' && node.name === 'annotation') {
      const parsed = parseBlock(text, file, node, problems);
      if (parsed) found.push(parsed);
    } else if ((node.type === 'leafDirective' || node.type === 'textDirective') && node.name === 'annotation') {
      problems.push({ file, line: lineOf(node), message: 'an annotation block opens with three colons: `:::annotation{#id …}` and closes with `:::`' });
    } else if (node.type === 'containerDirective') {
      problems.push({ file, line: lineOf(node), message: `unknown block \`:::${node.name}\`; expected \`:::annotation\`` });
    }
  }
  return found;
}

function parseBlock(text: string, file: string, node: ContainerDirective, problems: ContentProblem[]): LocatedAnnotation | undefined {
  const line = lineOf(node);
  const attributes = node.attributes ?? {};
  const id = typeof attributes['id'] === 'string' ? attributes['id'] : undefined;
  const report = (message: string, at: number = line) => problems.push({ file, line: at, id, message });

  const nested = node.children.find((c) => c.type === 'containerDirective');
  if (nested) {
    report(`is not closed: add a line \`:::\` before line ${lineOf(nested)}`);
    return undefined;
  }
  const unknown = Object.keys(attributes).filter((k) => !attributeKeys.includes(k));
  if (unknown.length) {
    for (const issue of describeIssues(annotationAttributesSchema.safeParse(attributes).error!, attributeKeys)) {
      if (issue.message.startsWith('unknown field')) report(issue.message);
    }
    return undefined;
  }

  const children = node.children.filter((c) => !(c.type === 'paragraph' && c.data && 'directiveLabel' in c.data));
  const [first, ...rest] = children;
  if (!first || first.type !== 'blockquote') {
    report('expected the quoted passage first, as a blockquote line starting with `> `', first ? lineOf(first) : line);
    return undefined;
  }

  const figures: { value: unknown; line: number }[] = [];
  let body = rest;
  let ok = true;
  if (body[0] && isFigureList(text, body[0])) {
    for (const item of body[0].children) {
      const match = /^figure\s*:\s*([\s\S]*)$/.exec(sourceOf(text, item).replace(/^[-*+]\s*/, ''));
      if (!match) {
        report('every item of the figure list starts with `figure:`', lineOf(item));
        ok = false;
        continue;
      }
      try {
        figures.push({ value: parseYaml(match[1]!), line: lineOf(item) });
      } catch (e) {
        report(`figure is not a valid YAML mapping such as {value: 1, unit: CNY, status: stated, raw: "…"}: ${(e as Error).message.split('\n')[0]}`, lineOf(item));
        ok = false;
      }
    }
    body = body.slice(1);
  }

  const setext = body.find((c) => c.type === 'heading' && /\n\s*-{3,}\s*$/.test(sourceOf(text, c)));
  if (setext) {
    report('put a blank line before `---`: without it Markdown reads the line above as a heading', lineOf(setext));
    return undefined;
  }
  const breakAt = body.findIndex((c) => c.type === 'thematicBreak');
  const en = breakAt > 0 ? sourceOf(text, body[0]!, body[breakAt - 1]!).trim() : '';
  const zhNodes = breakAt >= 0 ? body.slice(breakAt + 1) : [];
  const zh = zhNodes.length ? sourceOf(text, zhNodes[0]!, zhNodes[zhNodes.length - 1]!).trim() : '';
  if (!en || !zh) {
    const missing = breakAt < 0 ? 'no line `---` between them' : !en ? 'English note missing' : 'Chinese note missing';
    report(`needs both notes: the English note, a line \`---\`, then the Chinese (zh-Hans) note (${missing})`, lineOf(body[0] ?? first));
    return undefined;
  }
  const noteLine = { en: lineOf(body[0]!), 'zh-Hans': lineOf(zhNodes[0]!) };

  const result = authoredAnnotationSchema.safeParse(
    { ...attributes, quote: quoteText(text, first), figures: figures.map((f) => f.value), note: { en, 'zh-Hans': zh } },
    { reportInput: true },
  );
  if (!result.success) {
    for (const issue of describeIssues(result.error, figureKeys)) {
      const [head, index, field] = issue.path;
      if (head === 'figures' && typeof index === 'number') report(`figure ${issue.message.replace(/`figures\.\d+\.?/, '`')}`, figures[index]?.line);
      else if (head === 'note' && (field === undefined || index === 'en' || index === 'zh-Hans')) report(issue.message, noteLine[index as 'en' | 'zh-Hans'] ?? line);
      else report(issue.message);
    }
    return undefined;
  }
  return ok ? { annotation: result.data, file, line } : undefined;
}
