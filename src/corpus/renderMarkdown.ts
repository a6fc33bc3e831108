import type { Link, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Glossary links are written `[低保](term:dibao)`. The note HTML is built once per build
 * and shown on pages at different depths and under any base path, so the link becomes a
 * placeholder fragment `#term:dibao` here, and each page resolves it with
 * `resolveTermLinks`. A fragment survives sanitising; an unknown `term:` scheme would not.
 */
export const TERM_SCHEME = 'term:';
export const TERM_PLACEHOLDER = '#term:';

function remarkTermLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link) => {
      if (node.url.startsWith(TERM_SCHEME)) node.url = TERM_PLACEHOLDER + node.url.slice(TERM_SCHEME.length);
    });
  };
}

/** Glossary ids linked from a note's Markdown, in order of appearance. */
export function termLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(term:([^)\s]*)\)/g)].map((m) => m[1]!);
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

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
