import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The jar shipped in the `vnu-jar` package; its own JDK download is disallowed in package.json. */
const vnuJar: string = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the Nu HTML Checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  /** `error`, `info` (with `subType: 'warning'` for warnings) or `non-document-error` (I/O, schema). */
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the W3C Nu HTML Checker once over every given folder. JVM start-up costs seconds,
 * so callers pass all the folders they need in one call rather than one run per page.
 * Uses the machine's `java` (Java 17 or newer).
 */
export function runNuChecker(paths: string[]): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--skip-non-html', ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(`Could not start java for the Nu HTML Checker (${run.error.message}). Install a Java 17+ runtime, e.g. apt-get install -y default-jre-headless`, { cause: run.error });
  }
  // Exit status 1 only means "the documents have errors"; the JSON says which.
  let parsed: { messages: NuMessage[] };
  try {
    parsed = JSON.parse(run.stdout) as { messages: NuMessage[] };
  } catch (error) {
    throw new Error(`The Nu HTML Checker printed no JSON (exit ${run.status}).\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`, { cause: error });
  }
  return parsed.messages;
}

/** Errors and warnings, not the info lines that merely accompany them. */
export const isProblem = (m: NuMessage): boolean => m.type !== 'info' || m.subType === 'warning';

/** `dist/en/index.html:12:5 error: …` followed by the offending extract, one block per message. */
export function formatNuMessage(m: NuMessage): string {
  const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '(no file)');
  const level = m.type === 'info' ? (m.subType ?? 'info') : m.type;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${level}: ${m.message}${extract}`;
}
