import type { APIRoute } from 'astro';

/**
 * The site's origin for the print stylesheet, which prints internal links as
 * `origin + path`. A static stylesheet cannot know SITE_URL, and the strict CSP rules
 * out inline style, so the build writes it as this one-rule file (empty without
 * SITE_URL: links then print as site paths, and the print stamp says so).
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`:root { --print-origin: ${JSON.stringify(site ? site.origin : '')}; }\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
