import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** The code every scheme starts with: the source says nothing on the question. */
export const NOT_ADDRESSED = 'not-addressed';

/** One value of an ordinal coding scheme. */
export const schemeCodeSchema = z.strictObject({
  /** Kebab-case code written in cells (`specific`). */
  code: idSchema,
  /** Position on the scale: 0 is "not addressed", higher is more concrete. */
  level: z.number().int().min(0).max(9),
  /** Name of the code, as the legend and the tables give it. */
  label: bilingualTextSchema,
  /** One word for a chart cell (`Specific`, 具体). */
  short: bilingualTextSchema,
  /** When a coder gives this code. */
  definition: bilingualTextSchema,
});
export type SchemeCode = z.infer<typeof schemeCodeSchema>;

/**
 * An ordinal coding scheme in the manner of OxCGRT's indicators
 * (`content/codebook/schemes.yaml`): levels strictly ascending, level 0 "not addressed".
 */
export const schemeSchema = z
  .strictObject({
    /** Referenced by indicators' `scheme`. */
    id: idSchema,
    /** Name of the scale. */
    label: bilingualTextSchema,
    /** Codes from "not addressed" (level 0) upwards. */
    codes: z.array(schemeCodeSchema).min(2),
  })
  .refine((s) => s.codes[0]?.code === NOT_ADDRESSED && s.codes[0].level === 0, {
    message: `a scheme's first code is \`${NOT_ADDRESSED}\` at level 0, so absence is coded the same way everywhere`,
    path: ['codes', 0],
  })
  .refine((s) => s.codes.every((c, i) => i === 0 || c.level > s.codes[i - 1]!.level), {
    message: 'code levels must rise strictly, from "not addressed" to the most concrete',
    path: ['codes'],
  });
export type Scheme = z.infer<typeof schemeSchema>;
export const schemesFileSchema = z.array(schemeSchema).min(1);

/** One jurisdiction's answer to an indicator's question. */
export const cellSchema = z.strictObject({
  /** A code of the indicator's scheme. */
  code: idSchema,
  /**
   * One to three sentences, plain text: what this jurisdiction does on the question,
   * concretely, with its figures as the source states them (a damaged figure stays damaged).
   */
  text: z.strictObject({
    en: z.string().trim().min(1, 'the English cell text is empty').max(700, 'keep a cell to one to three sentences (at most 700 characters)'),
    'zh-Hans': z
      .string()
      .trim()
      .min(1, 'the Chinese (zh-Hans) cell text is empty')
      .max(320, 'keep a cell to one to three sentences (at most 320 characters)')
      .regex(/\p{Script=Han}/u, 'the zh-Hans text contains no Chinese characters'),
  }),
  /** Ids of the annotations the cell rests on: of this jurisdiction and the indicator's theme. */
  annotations: z.array(idSchema).default([]),
});
export type AuthoredCell = z.infer<typeof cellSchema>;

/** A comparable policy question of one theme (`content/codebook/indicators/{theme}.yaml`). */
export const indicatorSchema = z.strictObject({
  /** Stable id, unique across themes; anchor `#i-{id}` on theme and codebook pages. */
  id: idSchema,
  /** The question as a short row heading. */
  label: bilingualTextSchema,
  /** What counts as an answer, and how to tell the codes apart for this question. */
  definition: bilingualTextSchema,
  /** Scheme id from content/codebook/schemes.yaml. */
  scheme: idSchema.default('commitment'),
  /** Figure measure keys (content/codebook/measures.yaml) whose numbers answer the question. */
  measures: z.array(idSchema).default([]),
  /** Jurisdiction id → its coded answer. A missing jurisdiction is "not yet coded". */
  cells: z.record(idSchema, cellSchema),
});
export type AuthoredIndicator = z.infer<typeof indicatorSchema>;
export const indicatorsFileSchema = z.array(indicatorSchema).min(1, 'a theme codebook lists at least one indicator');
