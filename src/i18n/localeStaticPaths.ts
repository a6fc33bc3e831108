import { locales, type Locale } from './locales.ts';

/** `getStaticPaths` of a page that exists once per locale and needs nothing else. */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

/** Props of such a page. */
export interface LocaleProps {
  locale: Locale;
}
