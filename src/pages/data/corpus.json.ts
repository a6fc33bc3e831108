import { serveDownload } from '../../export/serveDownload.ts';

export const GET = serveDownload('data/corpus.json');
