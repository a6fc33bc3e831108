import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { uiStrings } from '../../src/i18n/ui/index.ts';
import { buildSite } from '../support/buildSite.ts';
import { readPage } from '../support/dist.ts';
import { tempProject, type TempProject } from '../support/tempProject.ts';

const documents = ['hangzhou-action-plan', 'inner-mongolia-livelihood-security', 'jinhua-best-cases', 'national-social-mobility-opinions', 'ningbo-18-strategies'];
const lastUpdatedOf = (dir: string, locale: string, id: string) => readPage(dir, `${locale}/documents/${id}/index.html`).querySelector('.last-updated dd');

const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' });

describe('each reader page shows when its annotations last changed', () => {
  // The oracle is git itself, asked the way the README states it.
  const fullHistory = git(['rev-parse', '--is-shallow-repository']).stdout?.trim() === 'false';

  it.each(documents)('%s, in every locale, from git log -1 of its annotation file', (id) => {
    for (const locale of locales) {
      const dd = lastUpdatedOf('dist', locale, id);
      expect(dd, `${locale}/documents/${id}/: no "last updated" row`).not.toBeNull();
      if (fullHistory) {
        const date = git(['log', '-1', '--format=%cs', '--', `content/annotations/${id}.md`]).stdout.trim();
        const expected = date === '' ? uiStrings(locale).lastUpdatedUncommitted : date;
        expect(dd!.text.trim(), `${locale}/documents/${id}/`).toBe(expected);
        if (date) expect(dd!.querySelector('time')?.getAttribute('datetime')).toBe(date);
      } else {
        expect(dd!.text.trim()).toBe(uiStrings(locale).lastUpdatedNoHistory);
      }
    }
  });
});

describe('built from a copy without git history (a tarball)', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = tempProject();
    // Git must not find a repository in any folder above the copy.
    await buildSite(project.root, join(project.root, 'dist'), { GIT_CEILING_DIRECTORIES: tmpdir() });
  });
  afterAll(() => project?.remove());

  it.each(locales)('says the date is unknown and why, in %s, instead of inventing one', (locale) => {
    for (const id of documents) {
      const dd = lastUpdatedOf(join(project.root, 'dist'), locale, id);
      expect(dd?.text.trim()).toBe(uiStrings(locale).lastUpdatedNoHistory);
      expect(dd?.querySelector('time')).toBeNull();
    }
  });

  it('leaves created and modified out of the Web Annotation export instead of inventing them', () => {
    const dir = join(project.root, 'dist', 'data', 'annotations');
    const items = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: object[] }).items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(['created' in item, 'modified' in item]).toEqual([false, false]);
  });

  it.each(locales)('gives the data page no version date and no changelog in %s', (locale) => {
    const page = readPage(join(project.root, 'dist'), `${locale}/data/index.html`);
    expect(page.querySelector('[data-data-version]')?.text.trim()).toBe(uiStrings(locale).dataVersionNoHistory);
    expect(page.querySelector('#changelog + p')?.text.trim()).toBe(uiStrings(locale).dataVersionNoHistory);
    expect(page.querySelectorAll('.changelog, main time')).toHaveLength(0);
  });
});
