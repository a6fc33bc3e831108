import { anchors } from './anchors.ts';
import type { Locale } from './locales.ts';

/**
 * Every internal link goes through these helpers so that the site works under any
 * sub-path (BASE_PATH). `base` is Astro's `import.meta.env.BASE_URL`, passed in so the
 * helpers stay pure and testable.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** `/{base}/{locale}/{route}` — route without leading slash, e.g. `documents/ningbo-18-strategies/`. */
export function localePath(base: string, locale: Locale, route = ''): string {
  return withBase(base, `${locale}/${route.replace(/^\/+/, '')}`);
}

/** The route of a page within its locale: `/policy-atlas/zh-hans/about/` → `about/`. */
export function routeOf(base: string, pathname: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return rest.split('/').slice(1).join('/');
}

export const documentRoute = (id: string) => `documents/${id}/`;

/** The permalink of an annotation on its source's reader page: `/{base}/{locale}/documents/{doc}/#a-{id}`. */
export const annotationPath = (base: string, locale: Locale, a: { document: string; id: string }) =>
  `${localePath(base, locale, documentRoute(a.document))}#${anchors.annotation(a.id)}`;

/**
 * The href of an hreflang alternate, which search engines read out of context: fully
 * qualified when the site's origin is known (SITE_URL), as Google's hreflang rules and
 * Lighthouse require; else the base-relative path, the best a build that does not know
 * its host can do.
 */
export function alternateHref(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
