import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { format, formatCount, uiStrings } from '../../src/i18n/ui/index.ts';
import { uiStringsSchema } from '../../src/schemas/ui.ts';

describe('UI strings', () => {
  it.each(locales)('%s has every string', (locale) => {
    expect(() => uiStringsSchema.parse(uiStrings(locale))).not.toThrow();
  });

  it('zh-Hant is generated from zh-Hans, in traditional characters', () => {
    expect(uiStrings('zh-hans').siteName).toBe('共同富裕政策对照');
    expect(uiStrings('zh-hant').siteName).toBe('共同富裕政策對照');
    expect(uiStrings('zh-hant').figureStatuses['missing-in-source']).toBe('原文缺失');
    expect(uiStrings('zh-hant').navAbout).toBe('方法說明');
  });

  it('a missing string fails validation', () => {
    const { siteName: _, ...incomplete } = en;
    expect(uiStringsSchema.safeParse(incomplete).success).toBe(false);
    const { CNY: __, ...units } = en.figureUnits;
    expect(uiStringsSchema.safeParse({ ...en, figureUnits: units }).success).toBe(false);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Note {n} of {m}', { n: 3 })).toBe('Note 3 of {m}');
  });

  it('counts take the singular or plural form by the locale’s rules', () => {
    expect(formatCount('en', uiStrings('en').matrixPassages, 1)).toBe('1 passage');
    expect(formatCount('en', uiStrings('en').matrixPassages, 0)).toBe('0 passages');
    expect(formatCount('en', uiStrings('en').policyCount, 14)).toBe('14 policy passages');
    expect(formatCount('zh-hans', uiStrings('zh-hans').matrixPassages, 1)).toBe('1段');
  });
});
