import { getAnnotationTimes } from './buildTimes.ts';
import { iriBase } from './iris.ts';
import type { WebAnnotationOptions } from './webAnnotationExport.ts';

/** The export's options in this build: Astro's `site` (SITE_URL) and `base` (BASE_PATH), and the git times. */
export const buildOptions = (site: string | undefined, base: string): WebAnnotationOptions => ({ base: iriBase(site, base), times: getAnnotationTimes() });
