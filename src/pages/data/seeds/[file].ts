import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '../../../corpus/contentRoot.ts';
import { getCorpus } from '../../../corpus/loadCorpus.ts';

/**
 * Each seed served byte for byte at `data/seeds/{file}`, the target of the Web
 * Annotation export: the bytes are read from the file, never from the decoded text, so
 * nothing (a BOM, line endings, invalid UTF-8) can change on the way.
 */
export const getStaticPaths = (() => getCorpus().documents.map((d) => ({ params: { file: basename(d.seed) }, props: { seed: d.seed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(contentRoot(), (props as { seed: string }).seed)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
