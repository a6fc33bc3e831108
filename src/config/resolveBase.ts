/**
 * Normalises the BASE_PATH environment variable into the `base` Astro expects:
 * one leading and one trailing slash ("/policy-atlas/"), or "/" when unset.
 * A malformed value fails the build instead of producing links that escape the sub-path.
 */
export function resolveBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  const segments = value.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..') {
      throw new Error(
        `BASE_PATH "${raw}" is not a plain URL path: segment "${segment}" may only use letters, digits and . _ ~ - (e.g. BASE_PATH=/policy-atlas/).`,
      );
    }
  }
  return `/${segments.join('/')}/`;
}
