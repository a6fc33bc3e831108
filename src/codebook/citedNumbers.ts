/**
 * "Never guess a number": every number a cell's text states must come from the passages
 * it cites. Numbers are compared as written (commas dropped) and, where a Chinese or
 * English multiplier follows, as the value it stands for, so a cell may write 1.4万 for a
 * source's 14,000 or 25.62万 for a figure of 256200, but not a number the source lacks.
 */
const NUMBER = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*(万|亿|million|billion)?/gi;
const scale: Record<string, number> = { 万: 1e4, 亿: 1e8, million: 1e6, billion: 1e9 };

/** A number as written in a text, with the value it stands for when a multiplier follows. */
export interface WrittenNumber {
  written: string;
  values: string[];
}

const canonical = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function numbersIn(text: string): WrittenNumber[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const digits = m[1]!.replace(/[,，]/g, '');
    const values = [canonical(Number(digits))];
    const unit = m[2]?.toLowerCase();
    if (unit) values.push(canonical(Number(digits) * scale[unit === '万' || unit === '亿' ? unit : unit]!));
    return { written: m[0].trim(), values };
  });
}

/** Every value the given source texts and figure values state. */
export function statedValues(texts: readonly string[], figureValues: readonly (number | null)[]): Set<string> {
  const values = new Set<string>();
  for (const t of texts) for (const n of numbersIn(t)) for (const v of n.values) values.add(v);
  for (const v of figureValues) if (v !== null) values.add(canonical(v));
  return values;
}

/** The numbers of `text` that none of the stated values supports. */
export function unsupportedNumbers(text: string, stated: ReadonlySet<string>): string[] {
  return numbersIn(text)
    .filter((n) => !n.values.some((v) => stated.has(v)))
    .map((n) => n.written);
}
