import { uiStringsSchema, type UiStrings } from '../../schemas/ui.ts';
import type { Locale } from '../locales.ts';
import { toTraditional } from '../toTraditional.ts';
import { en } from './en.ts';
import { zhHans } from './zh-hans.ts';

/** Converts every string of a (nested) UI table to traditional characters. */
function convertAll<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, convertAll(v)])) as T;
}

let tables: Record<Locale, UiStrings> | undefined;

/** UI strings of a locale, validated once per build; zh-Hant generated from zh-Hans. */
export function uiStrings(locale: Locale): UiStrings {
  tables ??= (() => {
    const english = uiStringsSchema.parse(en);
    const simplified = uiStringsSchema.parse(zhHans);
    return { en: english, 'zh-hans': simplified, 'zh-hant': convertAll(simplified) };
  })();
  return tables[locale];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();
/**
 * Fills a count into a template that may give its singular first: `'{n} passage|{n} passages'`.
 * The form is chosen by the locale's plural rules (Chinese has one form, so its
 * templates have no `|`).
 */
export function formatCount(locale: Locale, template: string, n: number, values: Record<string, string | number> = {}): string {
  const forms = template.split('|');
  if (forms.length === 1) return format(template, { ...values, n });
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return format(rules.select(n) === 'one' ? forms[0]! : forms[forms.length - 1]!, { ...values, n });
}
