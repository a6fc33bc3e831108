import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** Administrative level, ordered from the frame (national) to the cities. */
export const jurisdictionLevels = ['national', 'region', 'city'] as const;

/** A jurisdiction whose policy one or more sources describe (`content/jurisdictions.yaml`). */
export const jurisdictionSchema = z.strictObject({
  /** URL-safe id, referenced by documents. */
  id: idSchema,
  /** Name as readers know it. */
  label: bilingualTextSchema,
  /** national / region (autonomous region, province) / city. */
  level: z.enum(jurisdictionLevels),
  /** Province-level unit it belongs to; null for the national level. */
  province: bilingualTextSchema.nullable(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const jurisdictionsFileSchema = z.array(jurisdictionSchema).min(1);
