/**
 * Normalises the SITE_URL environment variable into Astro's `site`: the origin the build
 * will be served from (`https://example.org`), or undefined when unset. Only absolute
 * URLs can go in a sitemap, so this is what turns sitemap.xml on. The sub-path belongs in
 * BASE_PATH, not here: one place for it keeps links and sitemap URLs from disagreeing.
 */
export function resolveSite(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL; give the origin the site is served from, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// (or http://), e.g. SITE_URL=https://example.org`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${raw}" must be an origin only (scheme and host, e.g. https://example.org); put a sub-path in BASE_PATH=/policy-atlas/`);
  }
  return url.origin;
}
