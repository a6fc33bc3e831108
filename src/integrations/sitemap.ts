import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectPages } from '../sitemap/collectPages.ts';
import { sitemapXml } from '../sitemap/sitemapXml.ts';

/**
 * Writes sitemap.xml at the build root, listing every page with its language versions.
 * The protocol only allows absolute URLs, and a static build does not know its host, so
 * the sitemap is written only when Astro's `site` is set (SITE_URL=https://example.org).
 * Without it, no sitemap.xml at all rather than an invalid one with bare paths.
 */
export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) {
          logger.info('no sitemap.xml: set SITE_URL=https://your.host to write one (sitemap URLs must be absolute)');
          return;
        }
        const absolute = (path: string) => new URL(path, site).href;
        const entries = collectPages(fileURLToPath(dir), base).map((page) => {
          const loc = absolute(page.path);
          return { loc, alternates: page.alternates.map((a) => ({ hreflang: a.hreflang, href: new URL(a.href, loc).href })) };
        });
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml(entries));
        logger.info(`sitemap.xml: ${entries.length} pages under ${absolute(base)}`);
      },
    },
  };
}
