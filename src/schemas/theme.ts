import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** One entry of the theme taxonomy (`content/themes.yaml`). */
export const themeSchema = z.strictObject({
  /** URL-safe id, referenced by annotations' `themes`. */
  id: idSchema,
  /** Short label shown on chips and headings. */
  label: bilingualTextSchema,
  /** One-line definition: what belongs under this theme. */
  definition: bilingualTextSchema,
});
export type Theme = z.infer<typeof themeSchema>;

export const themesFileSchema = z.array(themeSchema).min(1);
