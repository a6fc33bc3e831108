import { describe, expect, it } from 'vitest';
import { resolveBase } from '../../src/config/resolveBase.ts';
import { alternateHref, localePath, routeOf, withBase } from '../../src/i18n/paths.ts';

describe('base path', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['policy-atlas', '/policy-atlas/'],
    ['/policy-atlas/', '/policy-atlas/'],
    ['/a/b', '/a/b/'],
  ])('BASE_PATH=%s → %s', (raw, base) => expect(resolveBase(raw)).toBe(base));

  it.each(['/../x/', '/a b/', 'https://evil.example/'])('rejects %s', (raw) => expect(() => resolveBase(raw)).toThrow(/BASE_PATH/));
});

describe('locale paths honour the base', () => {
  it('builds links under the base', () => {
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/policy-atlas/', 'zh-hant', 'documents/x/')).toBe('/policy-atlas/zh-hant/documents/x/');
    expect(withBase('/policy-atlas/', '/data/corpus.json')).toBe('/policy-atlas/data/corpus.json');
  });

  it('recovers the route of a page for the language switch', () => {
    expect(routeOf('/policy-atlas/', '/policy-atlas/zh-hans/documents/x/')).toBe('documents/x/');
    expect(routeOf('/', '/en/')).toBe('');
  });
});

describe('hreflang alternates', () => {
  it('are fully qualified when the site origin is known', () => {
    expect(alternateHref(new URL('https://example.org'), '/policy-atlas/zh-hans/about/')).toBe('https://example.org/policy-atlas/zh-hans/about/');
  });
  it('stay base-relative paths when it is not', () => {
    expect(alternateHref(undefined, '/policy-atlas/zh-hans/about/')).toBe('/policy-atlas/zh-hans/about/');
  });
});
