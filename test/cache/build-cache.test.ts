// The build's input loading through the cache: the same prepared inputs on a hit; --no-cache
// (cache: false) and a build without a cache directory write nothing.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'bulletin-bcache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bcache')) : []);

function options(flags: Record<string, unknown>, cacheDir?: string) {
  const opts = parseBuildOptions(
    { survey: ['test/pipeline/fixtures/survey-small.csv'], assistance: ['test/pipeline/fixtures/assistance-small.csv'], bulletin: '1,6', out: join(root, 'out'), ...flags },
    ROOT,
  );
  if (cacheDir !== undefined) opts.cacheDir = cacheDir;
  return opts;
}

async function prepared(flags: Record<string, unknown>, cacheDir?: string) {
  const p = await prepare(options(flags, cacheDir), ROOT, () => undefined);
  return {
    inputs: p.todo.flatMap((t) => (['en', 'ru'] as const).map((lang) => p.composeInput(t, lang))),
    issues: Object.values(p.loaded).map((l) => l.issues),
    rejected: p.rejected,
    warnings: p.warnings,
  };
}

describe('build inputs with the cache', () => {
  it('prepares the same bulletins from a hit as from a fresh load', async () => {
    const dir = join(root, 'cache');
    const fresh = await prepared({});
    const miss = await prepared({}, dir);
    expect(entries(dir)).toHaveLength(2); // survey and assistance
    const hit = await prepared({}, dir);
    expect(entries(dir)).toHaveLength(2);
    expect(miss).toEqual(fresh);
    expect(hit).toEqual(fresh);
  });

  it('writes nothing with --no-cache', async () => {
    const dir = join(root, 'unused');
    await prepared({ cache: false }, dir);
    expect(existsSync(dir)).toBe(false);
  });
});
