/** One page of the sitemap: its absolute URL and the absolute URLs of its language versions. */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/** The protocol caps one file at 50,000 URLs (https://www.sitemaps.org/protocol.html#index). */
export const MAX_URLS = 50_000;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * A sitemap (sitemaps.org 0.9) with hreflang alternates in the form search engines read
 * (`xhtml:link rel="alternate"`, listing every language version, the page itself included).
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > MAX_URLS) {
    throw new Error(`sitemap: ${entries.length} URLs exceed the protocol's ${MAX_URLS} per file; split it with a sitemap index`);
  }
  const urls = entries.map((e) => {
    const links = e.alternates.map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join('');
    return `  <url>\n    <loc>${escapeXml(e.loc)}</loc>${links}\n  </url>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('') +
    '</urlset>\n'
  );
}
