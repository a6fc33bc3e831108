import { z } from 'zod';

/** A kebab-case identifier used in URLs and cross-references (`social-assistance`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as `social-assistance`');

/** Text authored in English and simplified Chinese; traditional is generated at build time. */
export const bilingualTextSchema = z.strictObject({
  /** English. */
  en: z.string().trim().min(1, 'the English text is empty'),
  /** Simplified Chinese: the only Chinese that is authored. */
  'zh-Hans': z
    .string()
    .trim()
    .min(1, 'the Chinese (zh-Hans) text is empty')
    .regex(/\p{Script=Han}/u, 'the zh-Hans text contains no Chinese characters'),
});
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** The same text in all three reading locales, as exported and rendered. */
export type TrilingualText = BilingualText & { 'zh-Hant': string };
