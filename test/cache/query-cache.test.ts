// `bulletin query` through the cache: the same output on a hit, nothing written with --no-cache
// or BULLETIN_NO_CACHE=1, and `--kind raw` cached too.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SURVEY_HEADER, csvText, surveyRow } from '../validate/rows.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-qcache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(root, `${n++}-${name}`);
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bcache')) : []);

const survey = fresh('survey.csv');
writeFileSync(survey, csvText(SURVEY_HEADER, Array.from({ length: 60 }, (_, i) => surveyRow(i + 1, i % 5 === 0 ? { sex: 'female', age: String(18 + i) } : {}))));
const raw = fresh('raw.csv');
writeFileSync(raw, 'grp/region,q/a,q/b,amount,phone\nNorth,1,0,"1,5",+996555000111\nSouth,0,1,2,+996555000222\nNorth,1,1,NA,+996555000333\n');

describe('query with the cache', () => {
  it('gives the same output on a hit, for canonical and raw files', async () => {
    for (const args of [
      ['query', survey, '--by', 'country,sex', '--stat', 'share', '--ci'],
      ['query', raw, '--kind', 'raw', '--by', 'region,q', '--stat', 'share'],
      ['query', raw, '--kind', 'raw', '--stat', 'sum:amount'],
    ]) {
      const dir = fresh('cache');
      const env = { BULLETIN_CACHE_DIR: dir, BULLETIN_DEBUG: '1' };
      const cold = await runCli([...args, '--no-cache']);
      const first = await runCli(args, env);
      expect(entries(dir)).toHaveLength(1);
      const warm = await runCli(args, env);
      expect(warm.stderr).toContain('cache: cache hit');
      expect(first.code).toBe(0);
      expect(warm.code).toBe(0);
      expect(warm.stdout).toBe(cold.stdout);
      expect(first.stdout).toBe(cold.stdout);
    }
  });

  it('writes nothing with --no-cache, BULLETIN_NO_CACHE=1, or no place for a cache', async () => {
    const dir = fresh('cache');
    const args = ['query', survey, '--by', 'country'];
    expect((await runCli([...args, '--no-cache'], { BULLETIN_CACHE_DIR: dir })).code).toBe(0);
    expect((await runCli(args, { BULLETIN_CACHE_DIR: dir, BULLETIN_NO_CACHE: '1' })).code).toBe(0);
    expect(existsSync(dir)).toBe(false);
    const home = fresh('home');
    expect((await runCli(args, { HOME: home })).code).toBe(0);
    expect(entries(join(home, '.cache', 'bulletin'))).toHaveLength(1); // the default place, from the command's environment
  });

  it('never stores the personal columns of a raw file', async () => {
    const dir = fresh('cache');
    await runCli(['query', raw, '--kind', 'raw', '--by', 'region'], { BULLETIN_CACHE_DIR: dir });
    const [name] = entries(dir);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(join(dir, name!));
    expect(bytes.includes('996555')).toBe(false);
  });
});
