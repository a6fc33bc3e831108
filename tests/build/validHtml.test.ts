import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds, htmlFiles } from '../support/dist.ts';
import { formatNuMessage, isProblem, runNuChecker, type NuMessage } from '../support/nuChecker.ts';

/**
 * Checker messages about markup that is valid per the WHATWG HTML standard, each with the
 * reason. Filter one message at a time, never a whole category. None is needed today.
 */
const validPerWhatwg: { message: RegExp; why: string }[] = [];

const fileOf = (m: NuMessage) => (m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : '');

let messages: NuMessage[];
let control: string;
beforeAll(() => {
  // A page with known mistakes goes through the same run, so a checker that silently
  // checked nothing (wrong path, flags, Java) cannot pass as "zero errors".
  control = mkdtempSync(join(tmpdir(), 'nu-control-'));
  writeFileSync(join(control, 'broken.html'), '<!doctype html><html lang="en"><title>x</title><p><div>block in p</p><img src="a.png"></html>');
  // One JVM for both builds: start-up dominates the run.
  messages = runNuChecker([...builds.map((b) => b.dir), control]);
});
afterAll(() => rmSync(control, { recursive: true, force: true }));

describe.each(builds)('$dir is valid HTML (W3C Nu HTML Checker)', ({ dir }) => {
  it('has no errors and no warnings in any page', () => {
    expect(htmlFiles(dir).length, `${dir} is empty: run npm run build and npm run build:subpath first`).toBeGreaterThan(20);
    const problems = messages
      .filter((m) => m.type === 'non-document-error' || fileOf(m).startsWith(`${dir}/`))
      .filter(isProblem)
      .filter((m) => !validPerWhatwg.some((v) => v.message.test(m.message)));
    expect(problems.map(formatNuMessage), `Fix these in src/components, src/layouts or src/pages:\n${problems.map(formatNuMessage).join('\n')}`).toEqual([]);
  });
});

it('the checker does report errors (control page with a stray </p> and an image without alt)', () => {
  const found = messages.filter((m) => m.type === 'error' && fileOf(m).endsWith('broken.html')).map((m) => m.message);
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/No “p” element in scope/), expect.stringMatching(/alt/)]));
});

// Only while there are filters: an empty loop would be a test that proves nothing.
if (validPerWhatwg.length > 0) {
  it('every filtered message still occurs (drop a filter once the checker stops flagging it)', () => {
    for (const v of validPerWhatwg) expect(messages.some((m) => v.message.test(m.message)), `${v.message} (${v.why})`).toBe(true);
  });
}
