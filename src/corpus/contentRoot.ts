/**
 * The folder that holds `content/` and `seeds/`: CONTENT_ROOT if set, else the working
 * directory (the project root, for every npm script). The content check and the pages
 * both read from here, so one build can never check one corpus and render another. A
 * test sets CONTENT_ROOT to build the real site from a modified copy of the content.
 */
export function contentRoot(): string {
  return process.env['CONTENT_ROOT'] || process.cwd();
}
