import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/loadCorpus.ts';
import { corpusExport } from '../../export/corpusExport.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(corpusExport(getCorpus()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
