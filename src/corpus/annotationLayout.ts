import type { ContentProblem } from './contentError.ts';
import { nearest } from './suggest.ts';

/**
 * The closed line grammar of an annotation file, checked before any Markdown is parsed.
 * Markdown forgives everything (a mistyped opener is just a paragraph, an unclosed block
 * silently runs to the end of the file), so the structure is decided here, line by line,
 * and only well-formed blocks are handed to the Markdown parser:
 *
 * - Outside blocks only headings (`# …`), blank lines and HTML comments (`<!-- … -->`,
 *   possibly over several lines) may stand. Anything else would be silently ignored.
 * - A block opens with a line starting exactly `:::annotation{` and closes with a line
 *   that is exactly `:::`. A line that looks like a near miss of either (`::: annotation`,
 *   an indented opener, `::::annotation`, `:::Annotation`, a stray `:::`) is an error
 *   with the line it was probably meant to be.
 * - Blocks do not nest: another directive inside a block is an error, and so is a block
 *   that is still open when the next one opens or when the file ends.
 */

/** One well-formed block: offsets into the decoded text, from its opening line to its closing `:::`. */
export interface BlockSpan {
  openLine: number;
  start: number;
  end: number;
}

const OPENER = /^:::annotation\{/;
const CLOSER = /^:::[ \t]*$/;
/** Any line that starts like a directive fence: colons, possibly indented, possibly a name. */
const FENCE_LIKE = /^([ \t]*)(:+)([ \t]*)([A-Za-z][\w-]*)?(.*)$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/** The `#id` written on an opening line, so that problems with a block can name it. */
export const idOn = (line: string) => /\{[^}]*?#([^\s}#.]+)/.exec(line)?.[1];

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** "did you mean" for a line that is almost an annotation opener, or undefined if it is not one. */
function nearMissOpener(line: string): string | undefined {
  const m = OPENER.test(line) ? null : FENCE_LIKE.exec(line);
  if (!m) return undefined;
  const [, indent, colons, space, name, rest] = m as unknown as [string, string, string, string, string | undefined, string];
  if (!name) return undefined;
  const isAnnotation = name === 'annotation' || nearest(name.toLowerCase(), ['annotation']) === 'annotation';
  if (!isAnnotation) return undefined;
  if (colons.length === 3 && !indent && !space && name === 'annotation' && !rest.startsWith('{')) {
    return `found \`${shorten(line)}\` without attributes; expected \`:::annotation{#id kind=…}\` on one line`;
  }
  const slips = [
    indent && 'the line is indented',
    colons.length !== 3 && `${colons.length} colon${colons.length === 1 ? '' : 's'} instead of three`,
    space && 'a space after the colons',
    name !== 'annotation' && `\`${name}\` instead of \`annotation\``,
  ].filter(Boolean);
  return `found \`${shorten(line)}\` (${slips.join(', ')}), which Markdown would silently drop; did you mean \`${shorten(`:::annotation${rest}`)}\` at the start of the line?`;
}

export function scanAnnotationLayout(text: string, file: string, problems: ContentProblem[]): BlockSpan[] {
  const lines = text.split('\n');
  const report = (line: number, message: string, id = idOn(lines[line - 1] ?? '')) => problems.push({ file, line, id, message });
  const spans: BlockSpan[] = [];
  /**
   * The block being read. A `failed` one is not parsed (its problem is reported), but read
   * to its end so that its content is not reported again as stray text. `openerReported`:
   * its opening line was itself the mistake, so its missing `:::` is not reported too.
   */
  let open: { line: number; start: number; failed: boolean; nested: number; openerReported?: boolean } | undefined;
  let comment: number | undefined;
  let lastClosed: number | undefined;
  let inProse = false;

  /** Text after a comment's `-->` on the same line is outside the comment, and not allowed. */
  const afterComment = (n: number, line: string) => {
    const rest = line.slice(line.indexOf('-->') + 3).trim();
    if (rest) report(n, `found text after the end of an HTML comment ("${shorten(rest)}"), which would never be published; expected nothing after \`-->\` on its line`);
  };

  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const n = i + 1;
    const line = lines[i]!;

    if (comment !== undefined) {
      if (line.includes('-->')) {
        comment = undefined;
        afterComment(n, line);
      }
      continue;
    }

    if (open) {
      if (CLOSER.test(line)) {
        if (open.nested > 0) {
          open.nested--;
          continue;
        }
        if (!open.failed) spans.push({ openLine: open.line, start: open.start, end: offset + line.length });
        lastClosed = n;
        open = undefined;
        continue;
      }
      const miss = nearMissOpener(line);
      if (OPENER.test(line) || miss) {
        report(open.line, `the block opened here is not closed; expected a line \`:::\` before line ${n}`);
        if (miss) report(n, miss);
        open = { line: n, start: offset, failed: Boolean(miss), nested: 0, openerReported: Boolean(miss) };
        continue;
      }
      const fence = FENCE_LIKE.exec(line);
      if (fence && fence[2]!.length >= 2 && fence[4]) {
        report(n, `found a directive \`${shorten(line.trim())}\` inside the block opened at line ${open.line}; blocks do not nest: close the annotation with \`:::\` first, or write the text without leading colons`, idOn(lines[open.line - 1]!));
        open.failed = true;
        open.nested++;
        continue;
      }
      if (fence && fence[2]!.length >= 3 && !fence[4] && !fence[5]!.trim()) {
        report(n, `found \`${line}\`, a closing fence that is indented or has more than three colons; expected \`:::\` alone at the start of the line`, idOn(lines[open.line - 1]!));
        open.failed = true;
        lastClosed = n;
        open = undefined;
      }
      continue;
    }

    const blank = !line.trim();
    if (blank || HEADING.test(line)) {
      inProse = false;
      continue;
    }
    if (line.startsWith('<!--')) {
      inProse = false;
      if (line.includes('-->', 4)) afterComment(n, line);
      else comment = n;
      continue;
    }
    if (OPENER.test(line)) {
      inProse = false;
      open = { line: n, start: offset, failed: false, nested: 0 };
      continue;
    }
    const miss = nearMissOpener(line);
    if (miss) {
      report(n, miss);
      // Read it as a (failed) block, so its notes are not reported as stray text too.
      open = { line: n, start: offset, failed: true, nested: 0, openerReported: true };
      continue;
    }
    const fence = FENCE_LIKE.exec(line);
    if (fence && fence[2]!.length >= 2) {
      inProse = false;
      if (fence[4]) {
        report(n, `found an unknown block \`${shorten(line.trim())}\`; expected \`:::annotation{#id kind=…}\``);
        // Read up to its own `:::`, so its content is not reported once more as stray text.
        open = { line: n, start: offset, failed: true, nested: 0, openerReported: true };
      } else report(n, `found \`${line}\` with no block open${lastClosed ? ` (the block above closed at line ${lastClosed})` : ''}; expected \`:::\` only to close an \`:::annotation\` block: delete this line`);
      continue;
    }
    // One message per run of prose lines, not one per line.
    if (!inProse) {
      report(n, `found text outside an annotation block ("${shorten(line.trim())}"), which would never be published; expected only headings, blank lines and HTML comments \`<!-- … -->\` between blocks`);
    }
    inProse = true;
  }

  if (comment !== undefined) report(comment, 'found an HTML comment `<!--` that is never closed; expected `-->` to end it (everything after it would be ignored)');
  if (open && !open.openerReported) {
    report(open.line, 'the block opened here is never closed; expected a line `:::` right after its Chinese note (without it, everything to the end of the file would join the note)');
  }
  return spans;
}
