import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** A comparability key for figures (`content/codebook/measures.yaml`). */
export const measureSchema = z.strictObject({
  /** Referenced by figures' `measure`. */
  id: idSchema,
  /** What is measured, as a column or row heading. */
  label: bilingualTextSchema,
});
export type Measure = z.infer<typeof measureSchema>;

export const measuresFileSchema = z.array(measureSchema);
