import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Definition, Link, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Glossary links are written `[低保](term:dibao)` (or in any other Markdown link form:
 * `[低保](<term:dibao> "title")`, `<term:dibao>`, or a reference `[低保][d]` with
 * `[d]: term:dibao`). The note HTML is built once per build and shown on pages at
 * different depths and under any base path, so the link becomes a placeholder fragment
 * `#term:dibao` here, and each page resolves it with `resolveTermLinks`. A fragment
 * survives sanitising; an unknown `term:` scheme would not.
 */
export const TERM_SCHEME = 'term:';
export const TERM_PLACEHOLDER = '#term:';

function remarkTermLinks() {
  return (tree: Root) => {
    // Definitions too: remark-rehype resolves reference links from them.
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      if (link.url.startsWith(TERM_SCHEME)) link.url = TERM_PLACEHOLDER + link.url.slice(TERM_SCHEME.length);
    });
  };
}

/** A glossary link in a note: the term id and its 1-based line within the note's Markdown. */
export interface TermLink {
  id: string;
  line: number;
}

/**
 * Glossary links of a note's Markdown, in order of appearance, read from the syntax tree
 * so that every link form counts (inline, angle-bracketed, titled, reference, autolink).
 */
export function termLinks(markdown: string): TermLink[] {
  return renderNote(markdown).termLinks;
}

/** Points placeholder glossary links at the glossary page of the reader's locale. */
export function resolveTermLinks(html: string, glossaryPath: string): string {
  return html.replaceAll(`href="${TERM_PLACEHOLDER}`, `class="term-link" href="${glossaryPath}#t-`);
}

/**
 * Markdown of an annotation note → safe HTML. Authored HTML is never trusted:
 * remark-rehype drops raw HTML, and rehype-sanitize (GitHub's schema) then removes any
 * script, event-handler attribute or `javascript:` URL that could still get through.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkTermLinks).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** A note as readers get it: sanitised HTML, the text that HTML shows, and its glossary links. */
export interface RenderedNote {
  html: string;
  /** What a reader sees, from the rendered tree (entities decoded, blocks on their own lines). */
  text: string;
  termLinks: TermLink[];
}

function linksOf(tree: Root): TermLink[] {
  const found: TermLink[] = [];
  visit(tree, ['link', 'definition'], (node) => {
    const link = node as Link | Definition;
    if (link.url.startsWith(TERM_SCHEME)) found.push({ id: link.url.slice(TERM_SCHEME.length), line: link.position?.start.line ?? 1 });
  });
  return found;
}

// The checks and the corpus model both need a note rendered; parsing dominates the cost
// of loading the corpus, so each distinct note is rendered once per process.
const rendered = new Map<string, RenderedNote>();

export function renderNote(markdown: string): RenderedNote {
  let note = rendered.get(markdown);
  if (!note) {
    const mdast = processor.parse(markdown);
    const links = linksOf(mdast); // before remarkTermLinks rewrites the URLs
    const tree = processor.runSync(mdast) as HastRoot;
    note = { html: processor.stringify(tree).trim(), text: toText(tree).trim(), termLinks: links };
    if (rendered.size > 10_000) rendered.clear();
    rendered.set(markdown, note);
  }
  return note;
}

export function renderMarkdown(markdown: string): string {
  return renderNote(markdown).html;
}
