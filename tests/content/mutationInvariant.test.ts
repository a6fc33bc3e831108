import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace } from '../../src/corpus/anchorQuote.ts';
import type { ContentProblem } from '../../src/corpus/contentError.ts';
import { decodeText } from '../../src/corpus/decodeText.ts';
import { parseAnnotationFile } from '../../src/corpus/parseAnnotationFile.ts';
import { renderNote } from '../../src/corpus/renderMarkdown.ts';

/**
 * The invariant over generated slips: every mechanical mistake below, applied to the
 * first, a middle and the last block of every annotation file, either is reported (with
 * file and line) or leaves every annotation exactly as it was — id, attributes, quote,
 * figures, and the rendered text of both notes. Checked at the parser, which decides all
 * of these (anchoring and the rest of loadCorpus only read what it returns), so hundreds
 * of mutations run in seconds; the slip catalogue checks whole corpora.
 */

const dir = 'content/annotations';
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

function parse(text: string, file: string) {
  const problems: ContentProblem[] = [];
  const annotations = parseAnnotationFile(decodeText(text), file, problems).map(({ annotation: a, termLinks }) => ({
    ...a,
    quote: normaliseWhitespace(a.quote),
    note: { en: renderNote(a.note.en).text, zh: renderNote(a.note['zh-Hans']).text },
    termLinks: termLinks.map((t) => t.id),
  }));
  return { problems, annotations };
}

/** Line indices of one block: opener, closer, figure lines, the `---`. */
function blocksOf(lines: string[]) {
  const blocks: { open: number; close: number; figures: number[]; separator: number }[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith(':::annotation{')) return;
    const close = lines.indexOf(':::', i);
    const body = lines.slice(i, close).map((l, j) => [l, i + j] as const);
    blocks.push({ open: i, close, figures: body.filter(([l]) => l.startsWith('- figure:')).map(([, j]) => j), separator: body.find(([l]) => l === '---')![1] });
  });
  return blocks;
}

type Mutation = { name: string; apply: (lines: string[], b: ReturnType<typeof blocksOf>[number]) => string[] | undefined };
const at = (lines: string[], i: number, replace: string[]) => [...lines.slice(0, i), ...replace, ...lines.slice(i + 1)];

const mutations: Mutation[] = [
  { name: 'space after the opening colons', apply: (l, b) => at(l, b.open, [l[b.open]!.replace(':::annotation', '::: annotation')]) },
  { name: 'opening line indented', apply: (l, b) => at(l, b.open, [`    ${l[b.open]}`]) },
  { name: 'four opening colons', apply: (l, b) => at(l, b.open, [`:${l[b.open]}`]) },
  { name: 'two opening colons', apply: (l, b) => at(l, b.open, [l[b.open]!.slice(1)]) },
  { name: 'capital A', apply: (l, b) => at(l, b.open, [l[b.open]!.replace(':::annotation', ':::Annotation')]) },
  { name: 'closing fence deleted', apply: (l, b) => at(l, b.close, []) },
  { name: 'closing fence indented', apply: (l, b) => at(l, b.close, ['  :::']) },
  { name: 'closing fence doubled', apply: (l, b) => at(l, b.close, [':::', ':::']) },
  { name: 'four closing colons', apply: (l, b) => at(l, b.close, ['::::']) },
  { name: 'editor note after the closing fence', apply: (l, b) => at(l, b.close, [':::', 'TODO: check this one']) },
  { name: 'a second ---', apply: (l, b) => at(l, b.close, ['', '---', '', 'Part three.', ':::']) },
  { name: '--- deleted', apply: (l, b) => at(l, b.separator, ['']) },
  { name: 'nested directive', apply: (l, b) => at(l, b.separator, [':::aside', 'An aside.', ':::', '', '---']) },
  { name: 'figure without the dash', apply: (l, b) => (b.figures.length ? at(l, b.figures[0]!, [l[b.figures[0]!]!.slice(2)]) : undefined) },
  { name: 'figures (plural)', apply: (l, b) => (b.figures.length ? at(l, b.figures[0]!, [l[b.figures[0]!]!.replace('- figure:', '- figures:')]) : undefined) },
  {
    name: 'figure moved after the English note',
    apply: (l, b) => {
      if (!b.figures.length) return undefined;
      const f = b.figures[0]!;
      const moved = at(l, b.separator, [l[f]!, '', '---']);
      return at(moved, f, []);
    },
  },
  {
    name: 'blank line after the figures deleted',
    apply: (l, b) => {
      const after = (b.figures.at(-1) ?? -1) + 1;
      return b.figures.length && l[after] === '' ? at(l, after, []) : undefined;
    },
  },
  { name: 'blank line before the English note doubled (benign)', apply: (l, b) => (b.figures.length ? at(l, b.figures.at(-1)!, [l[b.figures.at(-1)!]!, '']) : undefined) },
  { name: 'a heading and a comment before the block (benign)', apply: (l, b) => at(l, b.open, ['## Section', '', '<!-- editor: checked -->', '', l[b.open]!]) },
  { name: 'blank lines around the closing fence (benign)', apply: (l, b) => at(l, b.close, [':::', '', '']) },
];

describe('invariant over generated slips: reported, or nothing changes', () => {
  it.each(files)('%s', (name) => {
    const file = `${dir}/${name}`;
    const text = readFileSync(file, 'utf8');
    const baseline = parse(text, file);
    expect(baseline.problems).toEqual([]);
    const lines = text.split('\n');
    const blocks = blocksOf(lines);
    const chosen = [...new Set([blocks[0]!, blocks[Math.floor(blocks.length / 2)]!, blocks[blocks.length - 1]!])];

    let reported = 0;
    let identical = 0;
    for (const block of chosen) {
      for (const m of mutations) {
        const mutated = m.apply(lines, block);
        if (!mutated) continue;
        // The middle block also as a Windows editor would save the file (BOM, CRLF).
        const variants = [mutated.join('\n'), ...(block === chosen[1] ? [`\uFEFF${mutated.join('\r\n')}`] : [])];
        for (const variant of variants) {
          const { problems, annotations } = parse(variant, file);
          const label = `${m.name} at line ${block.open + 1}`;
          if (problems.length) {
            reported++;
            for (const p of problems) expect(p.line, `${label}: ${p.message}`).toBeTypeOf('number');
          } else {
            identical++;
            expect(annotations, label).toEqual(baseline.annotations);
          }
        }
      }
    }
    // Both outcomes occur: the benign edits pass, the slips are caught.
    expect(reported).toBeGreaterThan(0);
    expect(identical).toBeGreaterThan(0);
  });
});
