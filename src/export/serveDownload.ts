import type { APIRoute } from 'astro';
import { getCorpus } from '../corpus/loadCorpus.ts';
import { downloadAt } from './downloads.ts';

/** The endpoint of a download listed in downloads.ts: serves exactly what the data page measured. */
export function serveDownload(path: string): APIRoute {
  return ({ site }) => {
    const download = downloadAt(path);
    return new Response(download.render(getCorpus(), { base: import.meta.env.BASE_URL, site }), { headers: { 'Content-Type': download.mediaType } });
  };
}
