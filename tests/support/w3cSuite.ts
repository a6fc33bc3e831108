import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The W3C Web Annotation test suite, kept unmodified beside the repository (like
 * `../shared/seeds`), run with a draft-04 JSON Schema validator: every file of
 * `definitions/` is loaded under its `id` first, since the assertions refer to them that
 * way (`id.json#/definitions/idValueFound`). Formats (`uri`, `date-time`, `email`) are
 * checked in ajv-formats' full mode, as the suite means them to be: without it `format`
 * would be ignored and a relative IRI would pass as an `id`.
 */
export const suiteDir = '../shared/peer/web-annotation-tests';

export type AssertionType = 'must' | 'should' | 'may';

export interface Assertion {
  /** Path of the assertion file within the suite, as the `.test` file lists it. */
  path: string;
  type: AssertionType;
  title: string;
  validate: (data: unknown) => { passed: boolean; errors: string };
}

export interface W3cSuite {
  dir: string;
  /** The assertions a `.test` file lists, in its order. */
  assertions(testFile: string): Assertion[];
  /**
   * One definition of the suite, e.g. `collections.json#/definitions/nextValidIfPresent`:
   * the suite lists no `.test` for collections and pages, but defines their checks.
   */
  definition(ref: string): (data: unknown) => boolean;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export function loadW3cSuite(dir: string = suiteDir): W3cSuite {
  const musts = join(dir, 'annotations', 'annotationMusts.test');
  if (!existsSync(musts)) {
    throw new Error(
      `The W3C Web Annotation test suite is missing: no ${resolve(musts)}. It is kept unmodified in ../shared/peer/web-annotation-tests/ ` +
        '(see its ORIGIN.md); the export cannot be validated without it, so this test fails rather than skipping.',
    );
  }
  // Ajv's strict mode is a lint that this 2016–2019 suite predates, and it would reject
  // what draft-04 allows: unknown keywords are ignored by the standard (the suite's
  // definitions/specificResource.json, refinedByDetected, spells a key "$ref " with a
  // space, which draft-04 therefore ignores). Validation semantics are unaffected.
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv, { mode: 'full' });
  // The suite's own bookkeeping keywords on each assertion: annotations, not constraints.
  ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
  for (const name of readdirSync(join(dir, 'definitions')).filter((f) => f.endsWith('.json')).sort()) {
    ajv.addSchema(readJson(join(dir, 'definitions', name)));
  }
  const compiled = new Map<string, Assertion>();
  const assertion = (path: string): Assertion => {
    let found = compiled.get(path);
    if (found) return found;
    const schema = readJson(join(dir, path));
    // Two assertion files in different folders share an `id`; compiling under it would
    // clash, so the validator is compiled and the id released again. The refs resolve
    // the same either way: every `id` in the suite is a bare file name.
    const validate = ajv.compile(schema);
    ajv.removeSchema(schema['id'] as string);
    found = {
      path,
      type: schema['assertionType'] as AssertionType,
      title: String(schema['title']),
      validate: (data) => {
        const passed = validate(data) as boolean;
        return { passed, errors: passed ? '' : ajv.errorsText(validate.errors) };
      },
    };
    compiled.set(path, found);
    return found;
  };
  return {
    dir,
    assertions: (testFile) => (readJson(join(dir, 'annotations', testFile))['assertions'] as string[]).map(assertion),
    definition: (ref) => {
      const validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`the W3C suite defines no ${ref}`);
      return (data) => validate(data) as boolean;
    },
  };
}

/** The `.test` files of optional assertions (`should`/`may`), beside annotationMusts.test. */
export const optionalTestFiles = ['annotationOptionals.test', 'annotationsAgentOptionals.test'] as const;
