import { gzipSync } from 'node:zlib';
import type { Corpus } from '../corpus/loadCorpus.ts';
import type { BilingualText } from '../schemas/common.ts';
import { corpusExport } from './corpusExport.ts';
import { csvTables } from './csvDownloads.ts';
import type { CsvColumnDoc, CsvTable, LinkContext } from './csvTable.ts';
import { buildOptions } from '../webAnnotation/buildOptions.ts';
import { annotationCollection, jsonldContentType } from '../webAnnotation/webAnnotationExport.ts';

/**
 * Every file under `data/` that a reader can download, in the order the data page lists
 * them. Each entry's `render` is what its endpoint serves, so the size the data page
 * states is measured on the very bytes that are written. To add a download: one entry
 * here, and an endpoint in src/pages/data/ that serves `render` (see serveDownload).
 */
export interface Download {
  /** Path under the site's base, e.g. `data/annotations.csv`. */
  path: string;
  title: BilingualText;
  description: BilingualText;
  /** Format, as the data page names it. */
  format: BilingualText;
  /** Media type for the endpoint's Content-Type. */
  mediaType: string;
  /** For tables: what one row is, and the codebook of the columns. */
  table?: { row: BilingualText; columns: readonly CsvColumnDoc[] };
  render: (corpus: Corpus, links: LinkContext) => string;
}

const csvFormat: BilingualText = {
  en: 'CSV (RFC 4180: comma-separated, CRLF line ends, header row), UTF-8 with byte-order mark',
  'zh-Hans': 'CSV（RFC 4180：逗号分隔，CRLF 换行，首行为列名），UTF-8 编码，带字节顺序标记（BOM）',
};

const csvDescriptions: Record<string, { title: BilingualText; description: BilingualText }> = {
  'annotations.csv': {
    title: { en: 'Annotations', 'zh-Hans': '注释' },
    description: { en: 'Every annotated passage with its quote, offsets, themes and notes in three scripts, one row each.', 'zh-Hans': '每一段加注文字，含引文、位置、主题及三种文字的说明，每条一行。' },
  },
  'figures.csv': {
    title: { en: 'Figures', 'zh-Hans': '数字' },
    description: { en: 'Every number the passages state, or lost in scraping, with its unit, period, status and the source’s own words.', 'zh-Hans': '段落所载（或抓取时丢失）的每个数字，含单位、周期、状态及原文表述。' },
  },
  'indicators.csv': {
    title: { en: 'Indicators (coded answers)', 'zh-Hans': '指标（编码回答）' },
    description: { en: 'Each jurisdiction’s coded answer to each indicator question, with its text in three scripts and the passages it cites.', 'zh-Hans': '各行政区对每个指标问题的编码回答，含三种文字的回答及所引段落。' },
  },
};

const csvDownload = (table: CsvTable): Download => ({
  path: `data/${table.file}`,
  ...csvDescriptions[table.file]!,
  format: csvFormat,
  mediaType: 'text/csv; charset=utf-8; header=present',
  table: { row: table.row, columns: table.columns },
  render: table.write,
});

export const downloads: readonly Download[] = [
  {
    path: 'data/corpus.json',
    title: { en: 'The whole corpus', 'zh-Hans': '完整语料' },
    description: {
      en: 'Documents, themes, jurisdictions, glossary, every annotation with its offsets, notes and figures, and the codebook with every coded cell, in one nested file.',
      'zh-Hans': '原文文件、主题、行政区、术语表、每条注释（含位置、说明和数字）以及编码手册和全部已编码单元格，合为一个嵌套文件。',
    },
    format: { en: 'JSON, UTF-8', 'zh-Hans': 'JSON，UTF-8 编码' },
    mediaType: 'application/json; charset=utf-8',
    render: (corpus) => JSON.stringify(corpusExport(corpus), null, 1),
  },
  ...csvTables.map(csvDownload),
  {
    path: 'data/annotations.jsonld',
    title: { en: 'W3C Web Annotations', 'zh-Hans': 'W3C网络注释格式' },
    description: {
      en: 'Every annotation as a W3C Web Annotation, targeting its source text (served byte for byte under data/seeds/) with quote and position selectors. This file is the collection; it links one page per source, data/annotations/{document}.jsonld.',
      'zh-Hans': '全部注释的W3C网络注释（Web Annotation）格式，以引文选择器和位置选择器指向原文（原文逐字节存于data/seeds/）。本文件为注释集合，按来源分页链接至data/annotations/{文件}.jsonld。',
    },
    format: { en: 'JSON-LD (W3C Web Annotation Data Model), UTF-8', 'zh-Hans': 'JSON-LD（W3C网络注释数据模型），UTF-8编码' },
    mediaType: jsonldContentType,
    render: (corpus, links) => JSON.stringify(annotationCollection(corpus, buildOptions(links.site?.href, links.base)), null, 1),
  },
];

export function downloadAt(path: string): Download {
  const found = downloads.find((d) => d.path === path);
  if (!found) throw new Error(`no download at ${path}; add it to src/export/downloads.ts`);
  return found;
}

/** Sizes of a rendered download in bytes: as stored, and gzip-compressed as a host may send it. */
export function measure(text: string): { bytes: number; gzipBytes: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}
