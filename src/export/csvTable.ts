import { stringify } from 'csv-stringify/sync';
import type { Corpus } from '../corpus/loadCorpus.ts';
import type { BilingualText } from '../schemas/common.ts';

/** Where the build is served, so that permalinks in the data point at real pages. */
export interface LinkContext {
  /** Astro's BASE_URL (`/` or `/policy-atlas/`). */
  base: string;
  /** The origin from SITE_URL, when known: permalinks are then absolute URLs. */
  site: URL | undefined;
}

/** A cell value as written: numbers as JavaScript prints them, null as an empty field. */
export type CsvValue = string | number | null;

/**
 * One column of a CSV download. The same list writes the file and renders its codebook
 * on the data page, so the documentation cannot drift from the data.
 */
export interface CsvColumn<Row> {
  /** Header; letters, digits and underscores only, so that R, Stata and pandas take it as a variable name. */
  name: string;
  /** What the column holds, for the codebook. */
  meaning: BilingualText;
  value: (row: Row, links: LinkContext) => CsvValue;
}

/** A column as the data page documents it. */
export interface CsvColumnDoc {
  name: string;
  meaning: BilingualText;
}

/** A CSV download: its rows, its columns and how to write it. Row type erased for lists. */
export interface CsvTable {
  /** File name under `data/`. */
  file: string;
  /** What one row is. */
  row: BilingualText;
  columns: readonly CsvColumnDoc[];
  /** The file's full text, BOM first. */
  write: (corpus: Corpus, links: LinkContext) => string;
}

/**
 * RFC 4180 as spreadsheets read it: comma-separated, CRLF between records (also after
 * the last), a header row, fields quoted when they hold a comma, a quote or a line break
 * (quotes doubled inside). UTF-8 with a byte-order mark, without which Excel opens Chinese
 * as mojibake. Values are written as they are: no formula escaping, which would alter the
 * sources' text.
 */
export function defineCsvTable<Row>(spec: {
  file: string;
  row: BilingualText;
  rows: (corpus: Corpus) => readonly Row[];
  columns: readonly CsvColumn<Row>[];
}): CsvTable {
  const names = spec.columns.map((c) => c.name);
  for (const name of names) if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`${spec.file}: column "${name}" must be a lowercase variable name`);
  if (new Set(names).size !== names.length) throw new Error(`${spec.file}: duplicate column names`);
  return {
    file: spec.file,
    row: spec.row,
    columns: spec.columns.map(({ name, meaning }) => ({ name, meaning })),
    write: (corpus, links) =>
      stringify(
        spec.rows(corpus).map((row) => spec.columns.map((c) => c.value(row, links))),
        {
          bom: true,
          header: true,
          columns: names,
          record_delimiter: 'windows',
          // Setting record_delimiter turns off quoting of bare \n and \r by default; notes
          // span lines, and an unquoted line break would split a record.
          quote_record_delimiter: true,
          quoted_match: [/[\r\n]/],
          cast: { number: (n) => String(n) },
        },
      ),
  };
}
