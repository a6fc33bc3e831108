// Runs the W3C Web Annotation test suite over the built export (dist/, or the folder
// given as argument) and prints, per .test file, how many assertions every annotation
// passes: all `must` assertions (the build tests fail otherwise) and the optional
// `should`/`may` ones, which only say which optional features the export uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCounts, optionalCounts } from '../tests/support/optionalW3c.ts';
import { loadW3cSuite } from '../tests/support/w3cSuite.ts';

const dir = process.argv[2] ?? 'dist';
const pagesDir = join(dir, 'data', 'annotations');
let files: string[];
try {
  files = readdirSync(pagesDir).filter((f) => f.endsWith('.jsonld'));
} catch {
  console.error(`No ${pagesDir}: run npm run build first.`);
  process.exit(1);
}
const items = files.flatMap((f) => (JSON.parse(readFileSync(join(pagesDir, f), 'utf8')) as { items: unknown[] }).items);
const suite = loadW3cSuite();
const musts = suite.assertions('annotationMusts.test');
const failing = musts.filter((m) => items.some((a) => !m.validate(a).passed));
console.log(`${items.length} annotations in ${files.length} pages of ${dir}/data/annotations.jsonld`);
console.log(`annotationMusts.test: must ${musts.length - failing.length}/${musts.length} passed by every annotation`);
for (const m of failing) console.log(`  FAILED ${m.path}: ${m.title}`);
console.log(formatCounts(optionalCounts(suite, items)));
process.exit(failing.length ? 1 : 0);
