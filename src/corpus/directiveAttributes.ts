/**
 * Checks the attribute text of an opening line (`{#id kind=… themes="…"}`) as written.
 * remark-directive keeps only the last of two `#id`s or of a repeated key, silently: an
 * id would change (and its permalink vanish) or a theme list be replaced. So the source
 * text is tokenised here and anything given twice is reported.
 */

/** One attribute as written: `#id`, `.class`, `key=value`, `key="value"` or a bare `key`. */
const TOKEN = /\s*(?:#([^\s#.{}="']+)|\.([^\s#.{}="']+)|([^\s#.{}="']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`{}]+))?)/y;

/** Problems with attributes given twice, as "what was found; what was expected" sentences. */
export function repeatedAttributes(openingLine: string): string[] {
  const open = openingLine.indexOf('{');
  const close = openingLine.lastIndexOf('}');
  if (open < 0 || close < open) return [];
  const source = openingLine.slice(open + 1, close);

  const ids: string[] = [];
  const keys = new Map<string, number>();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m && m[0].trim(); m = TOKEN.exec(source)) {
    if (m[1]) ids.push(`#${m[1]}`);
    else if (m[3] === 'id') ids.push(m[0].trim());
    else if (m[3]) keys.set(m[3], (keys.get(m[3]) ?? 0) + 1);
  }

  const problems: string[] = [];
  if (ids.length > 1) {
    problems.push(`found ${ids.length} ids (${ids.map((i) => `\`${i}\``).join(', ')}); expected exactly one \`#id\`: it is the annotation's permalink, and only the last would be kept`);
  }
  for (const [key, count] of keys) {
    if (count > 1) problems.push(`found \`${key}=\` ${count} times; expected each attribute once (only the last would be kept): list several values in one, e.g. ${key}="a b"`);
  }
  return problems;
}
