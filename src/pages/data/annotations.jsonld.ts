import { serveDownload } from '../../export/serveDownload.ts';

/** The W3C Web Annotation collection (listed in downloads.ts); its pages are `data/annotations/{document}.jsonld`. */
export const GET = serveDownload('data/annotations.jsonld');
