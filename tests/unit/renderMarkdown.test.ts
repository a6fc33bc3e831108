import { describe, expect, it } from 'vitest';
import { renderMarkdown, resolveTermLinks, termLinks } from '../../src/corpus/renderMarkdown.ts';

describe('renderMarkdown: authored HTML is never trusted', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('The *dibao* (**低保**) — [source](https://example.org/x).')).toBe(
      '<p>The <em>dibao</em> (<strong>低保</strong>) — <a href="https://example.org/x">source</a>.</p>',
    );
  });

  it.each([
    ['a script element', 'Note <script>alert(1)</script> end'],
    ['an event-handler attribute', 'Note <img src=x onerror="alert(1)"> end'],
    ['a javascript: link', 'Note [click](javascript:alert(1)) end'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style element', '<style>body{display:none}</style>'],
  ])('renders %s inert', (_, markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<style/i);
  });
});

describe('glossary links in notes', () => {
  const markdown = 'The [*dibao*](term:dibao) and [户籍](term:hukou).';

  it('finds the linked term ids', () => expect(termLinks(markdown).map((t) => t.id)).toEqual(['dibao', 'hukou']));

  it('renders a placeholder that survives sanitising and resolves per page', () => {
    const html = renderMarkdown(markdown);
    expect(html).toContain('href="#term:dibao"');
    expect(resolveTermLinks(html, '/policy-atlas/zh-hant/glossary/')).toContain('<a class="term-link" href="/policy-atlas/zh-hant/glossary/#t-dibao"><em>dibao</em></a>');
  });
});
