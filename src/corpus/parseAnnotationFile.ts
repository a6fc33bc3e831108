import type { Blockquote, List, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { annotationAttributesSchema, authoredAnnotationSchema, type AuthoredAnnotation } from '../schemas/annotation.ts';
import { idOn, scanAnnotationLayout, type BlockSpan } from './annotationLayout.ts';
import type { ContentProblem } from './contentError.ts';
import { describeIssues } from './describeIssues.ts';
import { repeatedAttributes } from './directiveAttributes.ts';
import { renderNote } from './renderMarkdown.ts';

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
 * `text` is the file as decoded by decodeText (no BOM, `\n` line ends). Which lines form
 * blocks is decided by annotationLayout (a closed grammar); each block is then parsed on
 * its own, so a broken block cannot swallow its neighbours. The quote is taken from the
 * file's raw text, not from parsed Markdown, so characters Markdown would interpret (`*`,
 * `_`, `\`) stay exactly as in the seed.
 */

/** An authored annotation with where it was written. */
export interface LocatedAnnotation {
  annotation: AuthoredAnnotation;
  file: string;
  /** The opening line. */
  line: number;
  /** Line of each figure, in order. */
  figureLines: number[];
  /** Glossary links in either note, each with its line in the file. */
  termLinks: { id: string; line: number }[];
}

const processor = unified().use(remarkParse).use(remarkDirective);
const attributeKeys = Object.keys(annotationAttributesSchema.shape);
const figureKeys = ['value', 'unit', 'period', 'year', 'scope', 'measure', 'status', 'raw'];
/** A line that looks like a figure: `- figure: {…}`, `figure:` without the dash, `- figures:`. */
const FIGURE_LIKE = /^[ \t]*(?:[-*+][ \t]+)?(?:figures?|Figures?)[ \t]*:[ \t]*(?:\{|$)/;
/** A number written with thousands separators, which YAML would split into two keys. */
const GROUPED_NUMBER = /\bvalue[ \t]*:[ \t]*(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?=[ \t]*[,}])/;

/** A block's own text, and how its node positions map to lines of the file. */
interface Block {
  text: string;
  firstLine: number;
}

const lineIn = (block: Block, node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + block.firstLine - 1;
const sourceOf = (block: Block, first: RootContent, last: RootContent = first) => block.text.slice(first.position!.start.offset!, last.position!.end.offset!);

/** Blockquote source without its `>` markers, line breaks kept (anchoring treats them as spaces). */
function quoteText(block: Block, node: Blockquote): string {
  return sourceOf(block, node)
    .split('\n')
    .map((line) => line.replace(/^\s*>\s?/, ''))
    .join('\n')
    .trim();
}

const itemText = (block: Block, item: RootContent) => sourceOf(block, item).replace(/^[-*+]\s*/, '');
const isFigureList = (block: Block, node: RootContent | undefined): node is List =>
  node?.type === 'list' && node.children.some((item) => FIGURE_LIKE.test(sourceOf(block, item)));

export function parseAnnotationFile(text: string, file: string, problems: ContentProblem[]): LocatedAnnotation[] {
  const found: LocatedAnnotation[] = [];
  for (const span of scanAnnotationLayout(text, file, problems)) {
    const parsed = parseSpanOnce(text, span, file, problems);
    if (parsed) found.push(parsed);
  }
  return found;
}

/**
 * Parsing Markdown is most of the cost of loading the corpus; a block that has not
 * changed (same file, same place, same text) gives the same result, so each is parsed
 * once per process (the dev server, and the fault-injection tests, reload often).
 */
const parsedBlocks = new Map<string, { parsed: LocatedAnnotation | undefined; problems: ContentProblem[] }>();
function parseSpanOnce(text: string, span: BlockSpan, file: string, problems: ContentProblem[]): LocatedAnnotation | undefined {
  const key = `${file}:${span.openLine}\n${text.slice(span.start, span.end)}`;
  let entry = parsedBlocks.get(key);
  if (!entry) {
    const own: ContentProblem[] = [];
    entry = { parsed: parseSpan(text, span, file, own), problems: own };
    if (parsedBlocks.size > 20_000) parsedBlocks.clear();
    parsedBlocks.set(key, entry);
  }
  problems.push(...entry.problems);
  return entry.parsed;
}

function parseSpan(text: string, span: BlockSpan, file: string, problems: ContentProblem[]): LocatedAnnotation | undefined {
  const block: Block = { text: text.slice(span.start, span.end), firstLine: span.openLine };
  const tree = processor.parse(block.text) as Root;
  const node = tree.children[0];
  if (tree.children.length !== 1 || node?.type !== 'containerDirective' || node.name !== 'annotation') {
    problems.push({ file, line: span.openLine, id: idOn(block.text.slice(0, block.text.indexOf('\n'))), message: 'found an opening line whose attributes cannot be read; expected `:::annotation{#id kind=… themes="…"}`, with `{…}` closed on the same line and values containing spaces in double quotes' });
    return undefined;
  }
  return parseBlock(block, file, node, problems);
}

function parseBlock(block: Block, file: string, node: ContainerDirective, problems: ContentProblem[]): LocatedAnnotation | undefined {
  const line = block.firstLine;
  const attributes = node.attributes ?? {};
  const id = typeof attributes['id'] === 'string' ? attributes['id'] : undefined;
  const report = (message: string, at: number = line) => problems.push({ file, line: at, id, message });

  const repeated = repeatedAttributes(block.text.slice(0, block.text.indexOf('\n')));
  for (const message of repeated) report(message);
  if (repeated.length) return undefined;
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
    report('expected the quoted passage first, as a blockquote line starting with `> `', first ? lineIn(block, first) : line);
    return undefined;
  }
  const quote = quoteText(block, first);
  if (!quote) {
    report('found an empty quote; expected the passage copied from the seed after `> `', lineIn(block, first));
    return undefined;
  }

  if (rest[0]?.type === 'blockquote') {
    report(
      `found a second blockquote after a blank line; expected the quote as one blockquote (write \`>\` on the blank line too), since this part would be published inside the English note`,
      lineIn(block, rest[0]),
    );
    return undefined;
  }

  const figures: { value: unknown; line: number }[] = [];
  let body = rest;
  let ok = true;
  if (isFigureList(block, body[0])) {
    for (const item of body[0].children) {
      const at = lineIn(block, item);
      const source = itemText(block, item);
      const match = /^figure[ \t]*:[ \t]*([\s\S]*)$/.exec(source);
      if (!match) {
        const written = /^(\S+?:?)(\s|$)/.exec(source)?.[1] ?? source;
        report(`found a figure list item starting \`${written}\`; expected every item to start \`- figure: {…}\`, one per number`, at);
        ok = false;
        continue;
      }
      const grouped = GROUPED_NUMBER.exec(match[1]!);
      if (grouped) {
        report(`figure value \`${grouped[1]}\`: write numbers without thousands separators (${grouped[1]!.replaceAll(',', '')})`, at);
        ok = false;
        continue;
      }
      try {
        figures.push({ value: parseYaml(match[1]!), line: at });
      } catch (e) {
        // Text straight under a figure line, with no blank line, joins the figure.
        if (match[1]!.trim().includes('\n')) {
          report('found text right under a figure line, with no blank line between; expected a blank line after the figure lines, before the English note', at + 1);
          return undefined;
        }
        report(`figure is not a valid YAML mapping such as {value: 1, unit: CNY, status: stated, raw: "…"}: ${(e as Error).message.split('\n')[0]}`, at);
        ok = false;
      }
    }
    body = body.slice(1);
  }

  // Figure lines anywhere but straight after the quote would be published as note text.
  for (const child of body) {
    const lines = sourceOf(block, child).split('\n');
    lines.forEach((text, i) => {
      if (!FIGURE_LIKE.test(text)) return;
      const dashless = child === body[0] && i === 0 && !/^\s*[-*+]/.test(text);
      const found = dashless ? `\`${text.trim().slice(0, 24)}…\` without the leading \`- \`` : `a figure line inside a note (\`${text.trim().slice(0, 24)}…\`)`;
      report(`found ${found}; expected figures only as \`- figure: {…}\` items directly after the quote, before the English note`, lineIn(block, child) + i);
      ok = false;
    });
  }

  const setext = body.find((c) => c.type === 'heading' && /\n\s*-{3,}\s*$/.test(sourceOf(block, c)));
  if (setext) {
    report('put a blank line before `---`: without it Markdown reads the line above as a heading', lineIn(block, setext));
    return undefined;
  }
  const breaks = body.flatMap((c, i) => (c.type === 'thematicBreak' ? [i] : []));
  if (breaks.length > 1) {
    report(
      `found a second \`---\` (the first is at line ${lineIn(block, body[breaks[0]!]!)}); expected exactly one, between the English and the Chinese note (everything after a second would be published inside the Chinese note)`,
      lineIn(block, body[breaks[1]!]!),
    );
    return undefined;
  }
  const breakAt = breaks[0] ?? -1;
  const en = breakAt > 0 ? sourceOf(block, body[0]!, body[breakAt - 1]!).trim() : '';
  const zhNodes = breakAt >= 0 ? body.slice(breakAt + 1) : [];
  const zh = zhNodes.length ? sourceOf(block, zhNodes[0]!, zhNodes[zhNodes.length - 1]!).trim() : '';
  if (!en || !zh) {
    const missing = breakAt < 0 ? 'no line `---` between them' : !en ? 'English note missing' : 'Chinese note missing';
    report(`needs both notes: the English note, a line \`---\`, then the Chinese (zh-Hans) note (${missing})`, body[0] ? lineIn(block, body[0]) : lineIn(block, first));
    return undefined;
  }
  const noteLine = { en: lineIn(block, body[0]!), 'zh-Hans': lineIn(block, zhNodes[0]!) };

  // What readers get is the rendered note: raw HTML is stripped, so a note can validate as
  // Markdown and still show nothing.
  const shown = { en: renderNote(en).text, 'zh-Hans': renderNote(zh).text };
  const blankNote = { en: !shown.en, 'zh-Hans': !/\p{Script=Han}/u.test(shown['zh-Hans']) };
  if (blankNote.en) {
    report('found an English note that renders as no text (raw HTML such as `<span>` and HTML comments are stripped, `&nbsp;` is blank); expected the note written as Markdown text', noteLine.en);
    ok = false;
  }
  if (blankNote['zh-Hans']) {
    report(
      `found a Chinese note that renders ${shown['zh-Hans'] ? 'with no Chinese characters' : 'as no text'} (raw HTML and HTML comments are stripped); expected the note in simplified Chinese, as Markdown text`,
      noteLine['zh-Hans'],
    );
    ok = false;
  }

  const result = authoredAnnotationSchema.safeParse(
    { ...attributes, quote, figures: figures.map((f) => f.value), note: { en, 'zh-Hans': zh } },
    { reportInput: true },
  );
  if (!result.success) {
    for (const issue of describeIssues(result.error, figureKeys)) {
      const [head, index] = issue.path;
      if (head === 'figures' && typeof index === 'number') report(`figure ${issue.message.replace(/`figures\.\d+\.?/, '`')}`, figures[index]?.line);
      else if (head === 'note' && (index === 'en' || index === 'zh-Hans')) {
        // Already reported, in terms of what readers would see.
        if (!blankNote[index]) report(issue.message, noteLine[index]);
      } else if (head === 'note') report(issue.message);
      else report(issue.message);
    }
    return undefined;
  }
  if (!ok) return undefined;
  const links = (['en', 'zh-Hans'] as const).flatMap((lang) => renderNote(result.data.note[lang]).termLinks.map((t) => ({ id: t.id, line: noteLine[lang] + t.line - 1 })));
  return { annotation: result.data, file, line, figureLines: figures.map((f) => f.line), termLinks: links };
}
