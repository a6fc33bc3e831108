import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const manifest = new Map(
  readFileSync('seeds/SHA256SUMS', 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/).reverse() as [string, string]),
);
const shared = '../shared/seeds';

describe('seeds are evidence: byte-identical copies', () => {
  it('the manifest lists exactly the five seed files', () => {
    expect([...manifest.keys()].sort()).toEqual(readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort());
    expect(manifest.size).toBe(5);
  });

  it.each([...manifest])('%s matches its SHA-256 in seeds/SHA256SUMS', (file, hash) => {
    expect(sha256(`seeds/${file}`)).toBe(hash);
  });

  it.runIf(existsSync(shared)).each([...manifest.keys()])('%s is byte-identical to ../shared/seeds', (file) => {
    expect(readFileSync(`seeds/${file}`).equals(readFileSync(`${shared}/${file}`))).toBe(true);
  });
});
