import { z } from 'zod';
import { annotationKinds } from './annotation.ts';
import { defectKinds } from './document.ts';
import { figurePeriods, figureScopes, figureStatuses, figureUnits } from './figure.ts';
import { jurisdictionLevels } from './jurisdiction.ts';

const text = z.string().min(1);
/** Every value of an enum must have a label: zod's enum-keyed records are exhaustive. */
const labels = <T extends readonly [string, ...string[]]>(values: T) => z.record(z.enum(values), text);

/**
 * UI strings, one file per authored locale (src/i18n/ui/en.ts, zh-hans.ts). A missing or
 * extra key fails the build. `{name}` marks a placeholder filled by `format()`.
 */
export const uiStringsSchema = z.strictObject({
  siteName: text,
  siteTagline: text,
  skipToContent: text,
  navHome: text,
  navAbout: text,
  navGlossary: text,
  glossaryIntro: text,
  glossaryRenderings: text,
  glossaryUsedIn: text,
  glossaryNotUsed: text,
  navLabel: text,
  languageLabel: text,
  chooseLanguage: text,
  homeIntro: text,
  homeDocuments: text,
  homeThemes: text,
  annotationCount: text,
  figureCount: text,
  readSource: text,
  readerSourceHeading: text,
  readerAbout: text,
  jurisdiction: text,
  publisher: text,
  dateStated: text,
  dateInferred: text,
  dateNotStated: text,
  originalTitle: text,
  seedFile: text,
  knownDefects: text,
  sourceInEnglish: text,
  sourceInChinese: text,
  sourceConverted: text,
  legendHeading: text,
  legendHighlight: text,
  legendBoilerplate: text,
  paragraphLabel: text,
  noteLabel: text,
  notesFor: text,
  permalink: text,
  themesLabel: text,
  figuresLabel: text,
  relatedLabel: text,
  termsLabel: text,
  rawLabel: text,
  noteUnavailable: text,
  annotationKinds: labels(annotationKinds),
  figureStatuses: labels(figureStatuses),
  figureUnits: labels(figureUnits),
  figurePeriods: labels(figurePeriods),
  figureScopes: labels(figureScopes),
  jurisdictionLevels: labels(jurisdictionLevels),
  defectKinds: labels(defectKinds),
  notFoundTitle: text,
  notFoundBody: text,
  footerData: text,
  footerSeeds: text,
});
export type UiStrings = z.infer<typeof uiStringsSchema>;
