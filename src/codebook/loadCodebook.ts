import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { annotatedCompletely } from '../corpus/annotatedCompletely.ts';
import type { Annotation } from '../corpus/loadCorpus.ts';
import type { ContentProblem } from '../corpus/contentError.ts';
import { readYamlFile, yamlLine } from '../corpus/readYamlFile.ts';
import { didYouMean, nearest } from '../corpus/suggest.ts';
import { toTraditional } from '../i18n/toTraditional.ts';
import type { TrilingualText } from '../schemas/common.ts';
import { indicatorsFileSchema, NOT_ADDRESSED, schemesFileSchema, type AuthoredCell, type AuthoredIndicator, type Scheme } from '../schemas/codebook.ts';
import type { SourceDocument } from '../corpus/loadCorpus.ts';
import { statedValues, unsupportedNumbers } from './citedNumbers.ts';

export const codebookFiles = {
  schemes: 'content/codebook/schemes.yaml',
  indicators: 'content/codebook/indicators',
} as const;

/** A comparable policy question of one theme, with its scheme resolved. */
export interface Indicator extends Omit<AuthoredIndicator, 'scheme' | 'cells'> {
  theme: string;
  scheme: Scheme;
  source: { file: string; line: number | undefined };
}

/** One jurisdiction's coded answer to one indicator. */
export interface Cell {
  indicator: string;
  jurisdiction: string;
  code: string;
  /** The code's level on its scheme: 0 is "not addressed". */
  level: number;
  /** Plain text; zh-Hant generated from zh-Hans. */
  text: TrilingualText;
  annotations: string[];
  source: { file: string; line: number | undefined };
}

export interface Codebook {
  schemes: Scheme[];
  /** In theme order, then file order. */
  indicators: Indicator[];
  cells: Cell[];
  indicatorById: ReadonlyMap<string, Indicator>;
  /** `${indicator}|${jurisdiction}` → cell; absent means "not yet coded". */
  cellByKey: ReadonlyMap<string, Cell>;
}

/** What the codebook is checked against: the rest of the corpus, already validated. */
export interface CodebookContext {
  themeIds: readonly string[];
  jurisdictionIds: ReadonlySet<string>;
  measureIds: ReadonlySet<string>;
  documents: readonly SourceDocument[];
  annotationById: ReadonlyMap<string, Annotation>;
}

/** The codebook of a build whose inputs failed: nothing to show, nothing checked. */
export function emptyCodebook(): Codebook {
  return { schemes: [], indicators: [], cells: [], indicatorById: new Map(), cellByKey: new Map() };
}

export const cellKey = (indicator: string, jurisdiction: string) => `${indicator}|${jurisdiction}`;

/**
 * Reads the schemes and one indicator file per theme, and checks every cell against the
 * corpus: a known jurisdiction, a code of its scheme, citations of that jurisdiction and
 * theme (at least one unless "not addressed", none if it is), and no number the cited
 * passages do not state. A jurisdiction whose sources are all annotated completely must
 * be coded on every indicator.
 */
export function loadCodebook(root: string, context: CodebookContext, problems: ContentProblem[]): Codebook {
  const schemes = readYamlFile(root, codebookFiles.schemes, schemesFileSchema, problems) ?? [];
  const schemeById = new Map(schemes.map((s) => [s.id, s]));
  const complete = [...context.jurisdictionIds].filter((j) => annotatedCompletely(context.documents.filter((d) => d.jurisdiction === j)));

  const dir = join(root, codebookFiles.indicators);
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  for (const name of names) {
    const theme = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !context.themeIds.includes(theme)) {
      problems.push({
        file: `${codebookFiles.indicators}/${name}`,
        message: `is not named after a theme: indicator files are \`<theme-id>.yaml\` with a theme of content/themes.yaml${didYouMean(theme, context.themeIds)}`,
      });
    }
  }

  const indicators: Indicator[] = [];
  const cells: Cell[] = [];
  const firstSeen = new Map<string, string>();
  for (const theme of context.themeIds) {
    const file = `${codebookFiles.indicators}/${theme}.yaml`;
    if (!names.includes(`${theme}.yaml`)) {
      problems.push({ file, message: `is missing: every theme needs at least one indicator, so that its page can line the jurisdictions up` });
      continue;
    }
    const authoredIndicators = readYamlFile(root, file, indicatorsFileSchema, problems);
    if (!authoredIndicators) continue;
    authoredIndicators.forEach((authored) => {
      const line = yamlLine(authored);
      const report = (message: string, at = line): void => void problems.push({ file, line: at, id: authored.id, message });
      const earlier = firstSeen.get(authored.id);
      if (earlier) return report(`duplicate indicator id: already used at ${earlier}`);
      firstSeen.set(authored.id, `${file}:${line}`);

      const scheme = schemeById.get(authored.scheme);
      if (!scheme) return report(`scheme "${authored.scheme}" is not in ${codebookFiles.schemes}${didYouMean(authored.scheme, schemeById.keys())}`, yamlLine(authored, 'scheme'));
      for (const [k, m] of authored.measures.entries()) {
        if (!context.measureIds.has(m)) report(`measure "${m}" is not in content/codebook/measures.yaml${didYouMean(m, context.measureIds)}`, yamlLine(authored, 'measures', k));
      }
      const { cells: authoredCells, scheme: _scheme, ...rest } = authored;
      indicators.push({ ...rest, theme, scheme, source: { file, line } });

      // A misspelt jurisdiction key is one mistake: report the key, not also the jurisdiction it misses.
      const meant = new Set(Object.keys(authoredCells).filter((k) => !context.jurisdictionIds.has(k)).map((k) => nearest(k, context.jurisdictionIds)));
      for (const j of complete) {
        if (!(j in authoredCells) && !meant.has(j)) report(`has no cell for "${j}", whose sources are annotated completely: code it, with \`code: ${NOT_ADDRESSED}\` and a text saying so if the source is silent`);
      }
      for (const [jurisdiction, cell] of Object.entries(authoredCells)) {
        const at = (...path: PropertyKey[]) => yamlLine(authored, 'cells', jurisdiction, ...path);
        if (!context.jurisdictionIds.has(jurisdiction)) {
          report(`cell for unknown jurisdiction "${jurisdiction}"; expected one of content/jurisdictions.yaml${didYouMean(jurisdiction, context.jurisdictionIds)}`, at());
          continue;
        }
        const code = scheme.codes.find((c) => c.code === cell.code);
        if (!code) {
          report(`${jurisdiction}: code "${cell.code}" is not in scheme "${scheme.id}"; expected one of ${scheme.codes.map((c) => c.code).join(' / ')}${didYouMean(cell.code, scheme.codes.map((c) => c.code))}`, at('code'));
          continue;
        }
        if (code.code === NOT_ADDRESSED && cell.annotations.length) {
          report(`${jurisdiction}: a cell coded "${NOT_ADDRESSED}" cites no passage; remove its annotations or give it another code`, at('annotations'));
          continue;
        }
        if (code.code !== NOT_ADDRESSED && !cell.annotations.length) report(`${jurisdiction}: a cell coded "${code.code}" must cite at least one annotation of ${jurisdiction} on ${theme} (annotations: [id, …])`, at('code'));
        const cited: Annotation[] = [];
        cell.annotations.forEach((id, k) => {
          const a = context.annotationById.get(id);
          const where = at('annotations', k);
          if (!a) return report(`${jurisdiction}: cites unknown annotation "${id}"${didYouMean(id, context.annotationById.keys())}`, where);
          if (a.jurisdiction !== jurisdiction) return report(`${jurisdiction}: cites "${id}", an annotation of ${a.jurisdiction}, not of ${jurisdiction}`, where);
          if (!a.themes.includes(theme)) return report(`${jurisdiction}: cites "${id}", which does not carry the theme "${theme}" (its themes: ${a.themes.join(', ') || 'none'}); add the theme to the annotation or cite another`, where);
          if (a.kind === 'boilerplate') return report(`${jurisdiction}: cites "${id}", which is page furniture (boilerplate), not policy`, where);
          cited.push(a);
        });
        const stated = statedValues(
          cited.flatMap((a) => [a.quote, a.note.en, a.note['zh-Hans'], ...a.figures.map((f) => f.raw)]),
          cited.flatMap((a) => a.figures.map((f) => f.value)),
        );
        for (const lang of ['en', 'zh-Hans'] as const) {
          const unsupported = unsupportedNumbers(cell.text[lang], stated);
          if (unsupported.length) report(`${jurisdiction}: the ${lang} text states ${unsupported.map((n) => `"${n}"`).join(', ')}, which no cited passage states; cite the passage that gives it, or leave the number out (never guess one)`, at('text', lang));
        }
        cells.push(toCell(authored.id, jurisdiction, code.code, code.level, cell, { file, line: at() }));
      }
    });
  }
  function toCell(indicator: string, jurisdiction: string, code: string, level: number, cell: AuthoredCell, source: Cell['source']): Cell {
    return { indicator, jurisdiction, code, level, text: { ...cell.text, 'zh-Hant': toTraditional(cell.text['zh-Hans']) }, annotations: cell.annotations, source };
  }
  return {
    schemes,
    indicators,
    cells,
    indicatorById: new Map(indicators.map((x) => [x.id, x])),
    cellByKey: new Map(cells.map((c) => [cellKey(c.indicator, c.jurisdiction), c])),
  };
}
