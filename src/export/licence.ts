import type { BilingualText } from '../schemas/common.ts';

/**
 * The content licence, stated once: the data page shows it, and any export that carries a
 * licence (JSON-LD, citations) takes it from here. The sources' texts are not the site's
 * to license, so the statement says whose they remain.
 */
export const contentLicence = {
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  statement: {
    en: 'CC BY 4.0 for the annotations and codebook; source texts remain the publishers’.',
    'zh-Hans': '注释和编码手册采用 CC BY 4.0 许可协议；原文著作权仍归原发布者所有。',
  } satisfies BilingualText,
} as const;
