import { z } from 'zod';
import { bilingualTextSchema, idSchema } from './common.ts';
import { figureSchema } from './figure.ts';

/** What an annotated passage is. `boilerplate` is page furniture: dimmed, kept out of search. */
export const annotationKinds = ['measure', 'target', 'figure', 'institution', 'context', 'defect', 'boilerplate'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/**
 * What a count of annotations counts: `policy` passages say what a jurisdiction does
 * (measures, targets, figures, institutions); `context` passages explain the copy
 * (headings, background, defects); `furniture` is page boilerplate. Counts on every page
 * use these three groups, so they add up to the number of annotations in corpus.json.
 */
export const kindGroups = { policy: ['measure', 'target', 'figure', 'institution'], context: ['context', 'defect'], furniture: ['boilerplate'] } as const satisfies Record<
  string,
  readonly AnnotationKind[]
>;
export type KindGroup = keyof typeof kindGroups;
export const kindGroupOf = (kind: AnnotationKind): KindGroup =>
  (Object.keys(kindGroups) as KindGroup[]).find((g) => (kindGroups[g] as readonly AnnotationKind[]).includes(kind))!;

/** Kinds that describe the copy rather than a policy, and so need no theme. */
export const themelessKinds: readonly AnnotationKind[] = ['context', 'defect', 'boilerplate'];

/** `themes="a b"` or `themes="a, b"` → ["a", "b"]. */
const idList = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(idSchema));

/** Attributes of `:::annotation{#id kind=… themes="…"}`. */
export const annotationAttributesSchema = z.strictObject({
  /** Stable id; permalink `#a-{id}`. Written `#id` in the directive. */
  id: idSchema,
  /** measure / target / figure / institution / context / defect / boilerplate. */
  kind: z.enum(annotationKinds),
  /** Theme ids from content/themes.yaml. */
  themes: idList.default([]),
  /** Glossary term ids from content/glossary.yaml. */
  terms: idList.default([]),
  /** Related annotation ids, e.g. the national clause a city measure implements. */
  links: idList.default([]),
  /** Text just before the quote, to pick one of several occurrences. */
  prefix: z.string().min(1).optional(),
  /** Text just after the quote, to pick one of several occurrences. */
  suffix: z.string().min(1).optional(),
});

/** One annotation as authored, before anchoring: its attributes plus the block's parts. */
export const authoredAnnotationSchema = annotationAttributesSchema
  .extend({
    /** The passage, verbatim from the seed (whitespace runs may differ). */
    quote: z.string().min(1),
    /** Structured numbers of the passage. */
    figures: z.array(figureSchema),
    /** Explanation in Markdown, English then simplified Chinese. */
    note: bilingualTextSchema,
  })
  .refine((a) => a.themes.length > 0 || themelessKinds.includes(a.kind), {
    message: `a ${annotationKinds.filter((k) => !themelessKinds.includes(k)).join('/')} annotation needs at least one theme (themes="…")`,
    path: ['themes'],
  });
export type AuthoredAnnotation = z.infer<typeof authoredAnnotationSchema>;
