// The projected cache of `bulletin query` (query/projected-cached.ts): one entry per input and set
// of columns read, holding those columns only; a damaged entry is ignored, a changed input is
// another key (never stale), and the output is the same as without the cache.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SURVEY_HEADER, csvText, surveyRow } from '../validate/rows.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-pcache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(root, `${n++}-${name}`);
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bcache')).sort() : []);

function surveyFile(rows: number, over: (i: number) => Record<string, string> = () => ({})): string {
  const path = fresh('survey.csv');
  writeFileSync(path, csvText(SURVEY_HEADER, Array.from({ length: rows }, (_, i) => surveyRow(i + 1, over(i)))));
  return path;
}

describe('projected query cache', () => {
  it('keys an entry by the set of columns read, whatever the options naming them', async () => {
    const file = surveyFile(40, (i): Record<string, string> => (i % 3 === 0 ? { country: 'TJK', admin1: 'TJ-SU' } : {}));
    const dir = fresh('cache');
    const env = { BULLETIN_CACHE_DIR: dir, BULLETIN_DEBUG: '1' };
    const a = ['query', file, '--by', 'country', '--where', 'sex=male'];
    const b = ['query', file, '--by', 'sex', '--where', 'country=KGZ'];
    const c = ['query', file, '--by', 'country', '--stat', 'mean:age'];
    for (const args of [a, b, c]) expect((await runCli(args, env)).code).toBe(0);
    expect(entries(dir)).toHaveLength(2); // {country, sex} and {age, country}
    for (const args of [a, b, c]) {
      const warm = await runCli(args, env);
      expect(warm.stderr).toContain('cache: cache hit');
      expect(warm.stdout).toBe((await runCli([...args, '--no-cache'])).stdout);
    }
  });

  it('stores the columns read only', async () => {
    const file = surveyFile(30);
    const dir = fresh('cache');
    await runCli(['query', file, '--by', 'sex'], { BULLETIN_CACHE_DIR: dir });
    const [name] = entries(dir);
    const bytes = readFileSync(join(dir, name!));
    expect(bytes.includes('female')).toBe(true);
    expect(bytes.includes('R1-1001')).toBe(false); // the id is not read
    expect(bytes.includes('"higher"')).toBe(false); // nor is education (its values)
  });

  it('ignores a damaged entry and rebuilds it', async () => {
    const file = surveyFile(30);
    const dir = fresh('cache');
    const env = { BULLETIN_CACHE_DIR: dir, BULLETIN_DEBUG: '1' };
    const args = ['query', file, '--by', 'country,sex', '--stat', 'share'];
    const first = await runCli(args, env);
    const [name] = entries(dir);
    const path = join(dir, name!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    writeFileSync(path, bytes);
    const again = await runCli(args, env);
    expect(again.stderr).toContain('damaged');
    expect(again.stdout).toBe(first.stdout);
    expect((await runCli(args, env)).stderr).toContain('cache: cache hit');
  });

  it('never answers from the entry of an older version of the file', async () => {
    const file = surveyFile(30);
    const dir = fresh('cache');
    const env = { BULLETIN_CACHE_DIR: dir };
    const args = ['query', file, '--by', 'sex'];
    const before = await runCli(args, env);
    writeFileSync(file, csvText(SURVEY_HEADER, Array.from({ length: 30 }, (_, i) => surveyRow(i + 1, { sex: 'female' }))));
    const after = await runCli(args, env);
    expect(after.stdout).not.toBe(before.stdout);
    expect(after.stdout).toBe((await runCli([...args, '--no-cache'])).stdout);
    expect(entries(dir)).toHaveLength(2);
  });
});
