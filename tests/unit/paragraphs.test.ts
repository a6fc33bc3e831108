import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/corpus/paragraphs.ts';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

describe('splitParagraphs', () => {
  it('splits on blank lines, numbering from 1 and keeping leading spaces', () => {
    const ps = splitParagraphs('One.\n\n  Two.\n \nThree');
    expect(ps.map((p) => [p.n, p.text])).toEqual([
      [1, 'One.'],
      [2, '  Two.'],
      [3, 'Three'],
    ]);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('a\nb\n\nc').map((p) => p.text)).toEqual(['a\nb', 'c']);
  });

  it.each(seeds)('%s: paragraphs plus separators give back the seed exactly', (file) => {
    const text = readFileSync(`seeds/${file}`, 'utf8');
    const ps = splitParagraphs(text);
    expect(ps.length).toBeGreaterThan(10);
    let cursor = 0;
    for (const p of ps) {
      expect(text.slice(cursor, p.start).trim()).toBe(''); // only whitespace between paragraphs
      expect(text.slice(p.start, p.end)).toBe(p.text);
      cursor = p.end;
    }
    expect(text.slice(cursor).trim()).toBe('');
  });
});
