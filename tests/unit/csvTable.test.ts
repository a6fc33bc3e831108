import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/loadCorpus.ts';
import { defineCsvTable } from '../../src/export/csvTable.ts';

type Row = { text: string; n: number | null };
const rows: Row[] = [
  { text: 'plain', n: 1 },
  { text: 'comma, "quote" and\nline break', n: null },
  { text: '城区常住人口300万以下', n: 0.5 },
  { text: '=SUM(A1)', n: 4850000000 },
];
const table = defineCsvTable<Row>({
  file: 'test.csv',
  row: { en: 'a row', 'zh-Hans': '一行' },
  rows: () => rows,
  columns: [
    { name: 'text', meaning: { en: 'text', 'zh-Hans': '文本' }, value: (r) => r.text },
    { name: 'n', meaning: { en: 'n', 'zh-Hans': '数' }, value: (r) => r.n },
  ],
});
const csv = table.write({} as Corpus, { base: '/', site: undefined });

describe('defineCsvTable', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith('\ufefftext,n\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every bare line feed is inside a quoted field: outside quotes, line ends are CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/[^\r]\n/);
  });

  it('round-trips commas, quotes, line breaks, Chinese and formula-like text unchanged; null is empty', () => {
    const parsed = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((r) => ({ text: r.text, n: r.n === null ? '' : String(r.n) })));
  });

  it('rejects a column name that a statistics package would not take', () => {
    expect(() => defineCsvTable({ file: 'x.csv', row: { en: 'r', 'zh-Hans': '行' }, rows: () => [], columns: [{ name: 'note-en', meaning: { en: 'x', 'zh-Hans': '文' }, value: () => null }] })).toThrow(/variable name/);
  });
});
