/**
 * The one way an authored text file (annotation Markdown, YAML) becomes a string. Every
 * offset and line number — in error messages and in the quote and note text read from
 * the file — is computed on this string, so none can disagree with another.
 *
 * - A UTF-8 byte-order mark (written by some Windows editors) is stripped: it is not
 *   content, and left in place it would shift every offset by one.
 * - Line endings are normalised to `\n` (CRLF and lone CR alike), so a file saved on
 *   Windows parses exactly like the same file saved elsewhere.
 *
 * Seeds are never decoded with this: they are evidence, read byte for byte.
 */
export function decodeText(bytes: Buffer | string): string {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
