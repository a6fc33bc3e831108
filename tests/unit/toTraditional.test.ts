import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { toTraditional, traditionalOverrides } from '../../src/i18n/toTraditional.ts';

describe('toTraditional (opencc cn → tw plus project overrides)', () => {
  it.each([
    ['发展', '發展'],
    ['头发', '頭髮'],
    ['干部', '幹部'],
    ['以后', '以後'],
    ['皇后', '皇后'],
    ['低保对象', '低保對象'], // twp would give 低保物件
    ['经济', '經濟'],
    ['户籍制度', '戶籍制度'],
    ['以工代赈', '以工代賑'],
    ['信息', '信息'], // not 資訊: vocabulary is not rewritten
    ['省外劳动力余万人', '省外勞動力餘萬人'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  // One case per override, in context; each also proves opencc alone gets it wrong.
  const overrideCases: Record<string, [string, string]> = {
    范卫东: ['终审\n\n范卫东', '終審\n\n范衛東'],
    余影: ['编辑|余影', '編輯|余影'],
    发布: ['金华市推进共同富裕最佳典型案例新闻发布会', '金華市推進共同富裕最佳典型案例新聞發布會'],
  };

  it('every override has a test case', () => {
    expect(Object.keys(overrideCases).sort()).toEqual(traditionalOverrides.map((o) => o.simplified).sort());
  });

  it.each(traditionalOverrides)('override $simplified → $traditional ($why)', ({ simplified, traditional }) => {
    const [input, expected] = overrideCases[simplified]!;
    expect(toTraditional(input)).toBe(expected);
    expect(toTraditional(simplified)).toBe(traditional);
    const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
    expect(plain(simplified)).not.toBe(traditional);
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(toTraditional('Note 3: 14,000 yuan (2025)')).toBe('Note 3: 14,000 yuan (2025)');
  });
});
