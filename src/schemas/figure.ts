import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';

/** Whether the source states the number cleanly. */
export const figureStatuses = ['stated', 'missing-in-source', 'garbled-in-source'] as const;

/**
 * Units kept apart so that only like is compared with like: money, shares, changes in
 * shares, ratios and counts of different things.
 */
export const figureUnits = [
  'CNY',
  'percent',
  'percentage-points',
  'ratio',
  'persons',
  'person-times',
  'households',
  'posts',
  'projects',
  'places',
  'institutions',
  'villages',
  'items',
  'km',
  'months',
  'years',
] as const;

/** Population a figure covers, where the source distinguishes it. */
export const figureScopes = ['urban', 'rural', 'total'] as const;

/** Per what time span an amount or flow is counted; null for stocks and one-off totals. */
export const figurePeriods = ['month', 'year', 'cumulative'] as const;

/** One number in a measure, written as a YAML flow mapping in the annotation's figure list. */
export const figureSchema = z
  .strictObject({
    /** Plain number (25.62万 → 256200, 48.5亿 → 4850000000); null when the source lost or garbled it. */
    value: z.number().nullable(),
    /** What the number counts. */
    unit: z.enum(figureUnits),
    /** month / year / cumulative; omit for stocks and targets without a period. */
    period: z.enum(figurePeriods).nullable().default(null),
    /** Year the figure refers to (reported or target year), when the text says. */
    year: z.number().int().min(1949).max(2100).nullable().default(null),
    /** urban / rural / total, or a named part of the jurisdiction as `{en: Yiwu, zh-Hans: 义乌}`, when stated. */
    scope: z.union([z.enum(figureScopes), bilingualTextSchema]).nullable().default(null),
    /** Key shared by comparable figures across jurisdictions (`dibao-standard`). */
    measure: idSchema.nullable().default(null),
    /** stated / missing-in-source / garbled-in-source. */
    status: z.enum(figureStatuses),
    /** The source's own words for this number, verbatim: must occur inside the quote. */
    raw: z.string().min(1),
  })
  .refine((f) => (f.status === 'stated') === (f.value !== null), {
    message: 'a stated figure needs a numeric value; a missing or garbled one has value: null (never a guessed number)',
    path: ['value'],
  });
export type Figure = z.infer<typeof figureSchema>;
