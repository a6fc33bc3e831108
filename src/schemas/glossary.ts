import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** A Chinese policy term the sources use (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
  /** URL-safe id, referenced by annotations' `terms`. */
  id: idSchema,
  /** The term in simplified characters, as written in policy documents. */
  hanzi: z.string().regex(/\p{Script=Han}/u, 'expected Chinese characters'),
  /** Hanyu pinyin with tone marks. */
  pinyin: z.string().min(1),
  /** English renderings, the established one first, then those the sources use. */
  en: z.array(z.string().min(1)).min(1),
  /** Short definition. */
  definition: bilingualTextSchema,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFileSchema = z.array(glossaryTermSchema);
