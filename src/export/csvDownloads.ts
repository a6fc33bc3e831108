import type { Annotation } from '../corpus/loadCorpus.ts';
import type { Cell } from '../codebook/loadCodebook.ts';
import { normaliseFigure } from '../compare/normaliseFigure.ts';
import { anchors } from '../i18n/anchors.ts';
import { alternateHref, documentRoute, localePath } from '../i18n/paths.ts';
import type { Locale } from '../i18n/locales.ts';
import { kindGroupOf } from '../schemas/annotation.ts';
import type { Figure } from '../schemas/figure.ts';
import { defineCsvTable, type CsvColumn, type LinkContext } from './csvTable.ts';

/** A page of the site with a fragment: absolute when SITE_URL is known, else base-relative. */
const permalink = (links: LinkContext, locale: Locale, route: string, fragment: string) => alternateHref(links.site, `${localePath(links.base, locale, route)}#${fragment}`);

/** Ids in one field, space-separated as they are written in the annotation files (ids never contain spaces). */
const idList = (ids: readonly string[]) => ids.join(' ');

/** One permalink column per reading locale. */
function permalinkColumns<Row>(what: BilingualWhat, at: (row: Row) => { route: string; fragment: string }): CsvColumn<Row>[] {
  const columns: [string, Locale, string, string][] = [
    ['permalink_en', 'en', 'English', '英文'],
    ['permalink_zh_hans', 'zh-hans', 'simplified Chinese', '简体中文'],
    ['permalink_zh_hant', 'zh-hant', 'traditional Chinese', '繁体中文'],
  ];
  return columns.map(([name, locale, en, zh]) => ({
    name,
    meaning: { en: `Link to ${what.en} on the ${en} page`, 'zh-Hans': `${zh}页面上${what['zh-Hans']}的链接` },
    value: (row, links) => permalink(links, locale, at(row).route, at(row).fragment),
  }));
}
type BilingualWhat = { en: string; 'zh-Hans': string };

export const annotationsCsv = defineCsvTable<Annotation>({
  file: 'annotations.csv',
  row: { en: 'one annotation (an annotated passage of a source), of every kind', 'zh-Hans': '一条注释（原文中加注的一段文字），包括所有类型' },
  rows: (corpus) => corpus.annotations,
  columns: [
    { name: 'id', meaning: { en: 'Stable annotation id (never changes once published)', 'zh-Hans': '注释的稳定标识符（发布后不再改变）' }, value: (a) => a.id },
    { name: 'document', meaning: { en: 'Id of the source document', 'zh-Hans': '原文文件的标识符' }, value: (a) => a.document },
    { name: 'jurisdiction', meaning: { en: 'Id of the jurisdiction the source belongs to', 'zh-Hans': '原文所属行政区的标识符' }, value: (a) => a.jurisdiction },
    { name: 'kind', meaning: { en: 'measure, target, figure, institution, context, defect or boilerplate', 'zh-Hans': '类型：measure、target、figure、institution、context、defect 或 boilerplate' }, value: (a) => a.kind },
    {
      name: 'kind_group',
      meaning: { en: 'policy (measure, target, figure, institution), context (context, defect) or furniture (boilerplate): the groups the site’s counts use', 'zh-Hans': '分组：policy（政策条目）、context（背景说明）或 furniture（页面杂项），即本站计数所用的分组' },
      value: (a) => kindGroupOf(a.kind),
    },
    { name: 'themes', meaning: { en: 'Theme ids, space-separated (empty for context and furniture)', 'zh-Hans': '主题标识符，以空格分隔（背景说明和页面杂项可为空）' }, value: (a) => idList(a.themes) },
    { name: 'terms', meaning: { en: 'Glossary term ids, space-separated', 'zh-Hans': '术语表词条标识符，以空格分隔' }, value: (a) => idList(a.terms) },
    { name: 'links', meaning: { en: 'Ids of related annotations (such as the national clause a local measure carries out), space-separated', 'zh-Hans': '相关注释的标识符（如地方措施所落实的国家条款），以空格分隔' }, value: (a) => idList(a.links) },
    { name: 'quote', meaning: { en: 'The passage, exactly as in the source file (its typos and scraping damage kept)', 'zh-Hans': '原文段落，与原文文件完全一致（保留错字和抓取损坏）' }, value: (a) => a.quote },
    { name: 'start', meaning: { en: 'Offset where the quote starts in the source file, in UTF-16 code units (JavaScript string index)', 'zh-Hans': '引文在原文文件中的起始位置，以 UTF-16 码元计（JavaScript 字符串下标）' }, value: (a) => a.start },
    { name: 'end', meaning: { en: 'Offset just after the quote ends: source.slice(start, end) is the quote', 'zh-Hans': '引文结束后的位置：source.slice(start, end) 即为引文' }, value: (a) => a.end },
    { name: 'paragraphs', meaning: { en: 'Numbers of the source paragraphs the quote touches, space-separated', 'zh-Hans': '引文所涉原文段落的编号，以空格分隔' }, value: (a) => a.paragraphs.join(' ') },
    { name: 'figure_count', meaning: { en: 'Number of figures of this annotation (its rows in figures.csv)', 'zh-Hans': '该注释所含数字的个数（即其在 figures.csv 中的行数）' }, value: (a) => a.figures.length },
    { name: 'note_en', meaning: { en: 'The site’s note in English (Markdown)', 'zh-Hans': '本站的英文说明（Markdown 格式）' }, value: (a) => a.note.en },
    { name: 'note_zh_hans', meaning: { en: 'The site’s note in simplified Chinese (Markdown)', 'zh-Hans': '本站的简体中文说明（Markdown 格式）' }, value: (a) => a.note['zh-Hans'] },
    { name: 'note_zh_hant', meaning: { en: 'The note in traditional Chinese, converted from simplified with OpenCC', 'zh-Hans': '繁体中文说明，由简体经 OpenCC 转换生成' }, value: (a) => a.note['zh-Hant'] },
    ...permalinkColumns<Annotation>({ en: 'the passage', 'zh-Hans': '该段落' }, (a) => ({ route: documentRoute(a.document), fragment: anchors.annotation(a.id) })),
  ],
});

/** A figure with the annotation it belongs to and its place in that annotation's list. */
export interface FigureRow {
  annotation: Annotation;
  /** 1-based position among the annotation's figures. */
  n: number;
  figure: Figure;
}

const scopeName = (f: Figure) => (f.scope !== null && typeof f.scope === 'object' ? f.scope : null);

export const figuresCsv = defineCsvTable<FigureRow>({
  file: 'figures.csv',
  row: { en: 'one figure (a number a passage states, or should state)', 'zh-Hans': '一个数字（段落所载或应载的数值）' },
  rows: (corpus) => corpus.annotations.flatMap((annotation) => annotation.figures.map((figure, i) => ({ annotation, n: i + 1, figure }))),
  columns: [
    { name: 'annotation', meaning: { en: 'Id of the annotation the figure belongs to', 'zh-Hans': '数字所属注释的标识符' }, value: (r) => r.annotation.id },
    { name: 'n', meaning: { en: 'Position of the figure within its annotation (1, 2, …); annotation and n together identify a figure', 'zh-Hans': '数字在所属注释中的序号（1、2……）；注释标识符与序号共同确定一个数字' }, value: (r) => r.n },
    { name: 'document', meaning: { en: 'Id of the source document', 'zh-Hans': '原文文件的标识符' }, value: (r) => r.annotation.document },
    { name: 'jurisdiction', meaning: { en: 'Id of the jurisdiction', 'zh-Hans': '行政区的标识符' }, value: (r) => r.annotation.jurisdiction },
    { name: 'value', meaning: { en: 'The number as a plain decimal (25.62万 is 256200); empty when the source lost or garbled it, never a zero or a guess', 'zh-Hans': '数值，以普通十进制数表示（25.62万即 256200）；原文缺失或错乱时为空，绝不填零或推测' }, value: (r) => r.figure.value },
    { name: 'unit', meaning: { en: 'What the number counts: CNY, percent, percentage-points, ratio, persons, households, posts, …', 'zh-Hans': '计量单位：CNY、percent、percentage-points、ratio、persons、households、posts 等' }, value: (r) => r.figure.unit },
    { name: 'period', meaning: { en: 'month, year or cumulative; empty for stocks and targets without a period', 'zh-Hans': '计算周期：month、year 或 cumulative；存量和无周期的目标为空' }, value: (r) => r.figure.period },
    { name: 'year', meaning: { en: 'Year the figure refers to, where the source says; else empty', 'zh-Hans': '数字所指年份，原文载明时填写，否则为空' }, value: (r) => r.figure.year },
    {
      name: 'scope',
      meaning: { en: 'urban, rural or total; named when the source names a part of the jurisdiction (see scope_name_*); empty when not stated', 'zh-Hans': '范围：urban、rural 或 total；原文指明辖区内某一地方时为 named（见 scope_name_* 列）；未载明时为空' },
      value: (r) => (scopeName(r.figure) ? 'named' : (r.figure.scope as string | null)),
    },
    { name: 'scope_name_en', meaning: { en: 'The named part, in English', 'zh-Hans': '所指地方的英文名称' }, value: (r) => scopeName(r.figure)?.en ?? null },
    { name: 'scope_name_zh_hans', meaning: { en: 'The named part, in simplified Chinese', 'zh-Hans': '所指地方的简体中文名称' }, value: (r) => scopeName(r.figure)?.['zh-Hans'] ?? null },
    { name: 'measure', meaning: { en: 'Measure key shared by comparable figures across sources; empty when none', 'zh-Hans': '可比数字共用的指标键；没有时为空' }, value: (r) => r.figure.measure },
    { name: 'status', meaning: { en: 'stated, missing-in-source or garbled-in-source', 'zh-Hans': '状态：stated（原文载明）、missing-in-source（原文缺失）或 garbled-in-source（原文错乱）' }, value: (r) => r.figure.status },
    { name: 'raw', meaning: { en: 'The source’s own words for the number, verbatim', 'zh-Hans': '原文中表述该数字的原话' }, value: (r) => r.figure.raw },
    {
      name: 'value_per_year',
      meaning: { en: 'For money stated per month or per year: the amount per year (a monthly amount × 12), the footing on which the site compares cities; else empty', 'zh-Hans': '按月或按年表述的金额折算为每年金额（月额×12），即本站比较各地所用的口径；其他情况为空' },
      value: (r) => normaliseFigure(r.figure).perYear,
    },
  ],
});

export const indicatorsCsv = defineCsvTable<Cell & { theme: string }>({
  file: 'indicators.csv',
  row: {
    en: 'one coded cell: a jurisdiction’s answer to one indicator question. A jurisdiction with no row for an indicator is not yet coded, which is not the same as not-addressed',
    'zh-Hans': '一个已编码单元格：某一行政区对某一指标问题的回答。某行政区在某指标下没有对应行，表示尚未编码，与“未涉及”（not-addressed）不同',
  },
  rows: (corpus) => corpus.codebook.cells.map((c) => ({ ...c, theme: corpus.codebook.indicatorById.get(c.indicator)!.theme })),
  columns: [
    { name: 'indicator', meaning: { en: 'Stable indicator id', 'zh-Hans': '指标的稳定标识符' }, value: (c) => c.indicator },
    { name: 'theme', meaning: { en: 'Id of the theme the indicator belongs to', 'zh-Hans': '指标所属主题的标识符' }, value: (c) => c.theme },
    { name: 'jurisdiction', meaning: { en: 'Id of the jurisdiction', 'zh-Hans': '行政区的标识符' }, value: (c) => c.jurisdiction },
    { name: 'code', meaning: { en: 'A code of the indicator’s scheme, as the codebook page lists them (such as not-addressed or specific)', 'zh-Hans': '按指标编码方案给出的编码，见编码手册页面（如 not-addressed、specific）' }, value: (c) => c.code },
    { name: 'level', meaning: { en: 'The code’s level: 0 is not addressed, higher is more concrete (not better policy)', 'zh-Hans': '编码等级：0 为未涉及，数值越高表示文本越具体（并非政策越好）' }, value: (c) => c.level },
    { name: 'text_en', meaning: { en: 'The answer in English, plain text', 'zh-Hans': '英文回答，纯文本' }, value: (c) => c.text.en },
    { name: 'text_zh_hans', meaning: { en: 'The answer in simplified Chinese', 'zh-Hans': '简体中文回答' }, value: (c) => c.text['zh-Hans'] },
    { name: 'text_zh_hant', meaning: { en: 'The answer in traditional Chinese, converted from simplified with OpenCC', 'zh-Hans': '繁体中文回答，由简体经 OpenCC 转换生成' }, value: (c) => c.text['zh-Hant'] },
    { name: 'annotations', meaning: { en: 'Ids of the annotations the answer cites (rows of annotations.csv), space-separated; empty when not addressed', 'zh-Hans': '回答所引注释的标识符（对应 annotations.csv 中的行），以空格分隔；未涉及时为空' }, value: (c) => idList(c.annotations) },
    ...permalinkColumns<Cell & { theme: string }>({ en: 'the cell', 'zh-Hans': '该单元格' }, (c) => ({ route: `themes/${c.theme}/`, fragment: anchors.cell(c.indicator, c.jurisdiction) })),
  ],
});

/** The CSV downloads, in the order the data page lists them. */
export const csvTables = [annotationsCsv, figuresCsv, indicatorsCsv] as const;
