import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** Kinds of damage or noise a source copy carries. */
export const defectKinds = ['truncated', 'boilerplate', 'garbled-figures', 'machine-translation', 'missing-date'] as const;

/** Metadata of one source document (`content/documents.yaml`). */
export const documentSchema = z.strictObject({
  /** URL-safe id; also the name of its annotation file `content/annotations/{id}.md`. */
  id: idSchema,
  /** Jurisdiction id from `content/jurisdictions.yaml`. */
  jurisdiction: idSchema,
  /** Language of the seed text. */
  language: z.enum(['en', 'zh-Hans']),
  /** Seed path relative to the repository root. */
  seed: z.string().regex(/^seeds\/[a-z0-9.-]+\.txt$/, 'expected a path like `seeds/name.en.txt`'),
  /** Title in both languages (the site's rendering where the source gives none). */
  title: bilingualTextSchema,
  /** The original Chinese title, only where the text gives enough to name it. */
  originalTitle: z.string().nullable(),
  /** Who published this copy, and who issued the policy it reports. */
  publisher: bilingualTextSchema,
  /** Date as the text states it, verbatim (null when the text states none). */
  dateStated: z.string().nullable(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) inferred for ordering, with the reason. */
  dateInferred: z.strictObject({
    // YAML reads a bare `2021` as a number; accept it as the string it means.
    value: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
    reason: bilingualTextSchema,
  }),
  /**
   * The web address of this copy, only where the seed or its metadata states one (never
   * looked up or guessed); null means "not stated". Provenance, not a recommendation: it
   * is shown as text, not as a link.
   */
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  /**
   * `complete` once the editorial pass has covered every measure of the source: only then
   * may a theme page say a theme is "not addressed in this source" rather than "not yet
   * annotated".
   */
  annotationStatus: z.enum(['complete', 'partial']).default('partial'),
  /** Known defects of this copy. */
  defects: z.array(z.strictObject({ kind: z.enum(defectKinds), note: bilingualTextSchema })),
});
export type DocumentMeta = z.infer<typeof documentSchema>;

export const documentsFileSchema = z.array(documentSchema).min(1);
