import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/tempProject.ts';

/** `npm run check:content` itself, on a temp copy through CONTENT_ROOT: exit codes and printed lines. */
function checkContent(root: string) {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('check:content on a temp copy (CONTENT_ROOT)', () => {
  const projects: ReturnType<typeof tempProject>[] = [];
  const project = () => {
    const p = tempProject();
    projects.push(p);
    return p;
  };
  afterAll(() => projects.forEach((p) => p.remove()));

  it('exits 0 and summarises an unmodified copy', () => {
    const { status, out } = checkContent(project().root);
    expect(out).toMatch(/^content ok: 5 documents, \d+ annotations/);
    expect(status).toBe(0);
  });

  it('exits 1 on a slip in the copy, not the working tree, printing file:line [id] and what was expected', () => {
    const p = project();
    p.edit('content/annotations/ningbo-18-strategies.md', ':::annotation{#ningbo-dibao-standard ', '::: annotation{#ningbo-dibao-standard ');
    const { status, out } = checkContent(p.root);
    expect(status).toBe(1);
    expect(out).toMatch(/^1 content problem:\n {2}- content\/annotations\/ningbo-18-strategies\.md:\d+ \[ningbo-dibao-standard\] found `::: annotation\{#ningbo-dibao-standard .*\(a space after the colons\).*did you mean `:::annotation\{#ningbo-dibao-standard/);
  });

  it('one slip in themes.yaml prints at most 3 messages', () => {
    const p = project();
    p.edit('content/themes.yaml', '  label: { en: Housing, zh-Hans: 住房 }', '  label: { en: Housing }');
    const { status, out } = checkContent(p.root);
    expect(status).toBe(1);
    const lines = out.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatch(/^ {2}- content\/themes\.yaml:\d+ \[housing\] `\d+\.label\.zh-Hans` is missing/);
  });
});
