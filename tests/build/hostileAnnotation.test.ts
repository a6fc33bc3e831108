import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { buildSite } from '../support/buildSite.ts';
import { htmlFiles, readPage } from '../support/dist.ts';
import { tempProject, type TempProject } from '../support/tempProject.ts';

/**
 * End to end: an annotation whose notes carry script, an event handler and a
 * `javascript:` link goes through the real build (CONTENT_ROOT points the content check
 * and the pages at a temp copy of content/ and seeds/), and no built page may carry any
 * of it in executable form.
 */
const hostile = `
:::annotation{#hostile-markup kind=context}
> an important symbol of social harmony and progress

Hostile note <script>alert(1)</script> and <img src=x onerror=alert(1)> and [click me](javascript:alert(1)) and <a href="javascript:alert(2)">raw link</a>.

---

恶意注释 <script>alert(1)</script> 和 <img src=x onerror=alert(1)> 和 [点击](javascript:alert(1))。
:::
`;

/**
 * An inline script, an event-handler attribute inside a tag, or a javascript: URL. A JSON
 * data block (`<script type="application/json">`, the search page's configuration) is
 * never executed and escapes `<` inside, so it is not executable markup.
 */
const executable = /<script(?![^>]*\s(?:src=|type="application\/json"))|<[^>]*\son\w+\s*=|javascript:/i;

let project: TempProject;
let out: string;
beforeAll(async () => {
  project = tempProject();
  out = join(project.root, 'dist');
  appendFileSync(join(project.root, 'content/annotations/national-social-mobility-opinions.md'), hostile);
  await buildSite(project.root, out);
});
afterAll(() => project?.remove());

describe('a hostile annotation renders inert', () => {
  it.each(locales)('the %s reader shows the note, as text, with no script, handler or javascript: link', (locale) => {
    const page = readPage(out, `${locale}/documents/national-social-mobility-opinions/index.html`);
    const note = page.querySelector('#a-hostile-markup');
    expect(note, 'the note from the temp content is in the build (CONTENT_ROOT was honoured)').not.toBeNull();
    expect(note!.querySelector('.note__body')!.text).toMatch(locale === 'en' ? /Hostile note .*click me/s : /[恶惡]意/);
    expect(note!.outerHTML).not.toMatch(executable);
    expect(note!.querySelectorAll('script, img, iframe, [onerror]')).toHaveLength(0);
  });

  it('no page of the build carries executable markup: only same-origin script files', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(join(out, file), 'utf8');
      expect(html.match(executable)?.[0], file).toBeUndefined();
      for (const script of readPage(out, file).querySelectorAll('script:not([type="application/json"])')) expect(script.getAttribute('src'), `${file}: ${script.outerHTML}`).toMatch(/^\/_astro\//);
    }
  });
});
