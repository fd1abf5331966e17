/**
 * The protected-results cache: an entry gives back exactly what was stored (V8 structured clone:
 * Maps, typed arrays, -0, undefined), a damaged entry is a miss and is removed, the directory keeps
 * its bound (oldest evicted), and the pipeline's key changes with every part that decides the
 * protected results. A build with the cache, cold then unchanged, writes the same files as a build
 * with --no-cache, and --no-cache reads and writes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadRates } from '../../src/analyse/currency.js';
import { protectedKey, readProtected, writeProtected } from '../../src/cache/protected-cache.js';
import type { Dataset } from '../../src/model/dataset.js';
import { build } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { protectedResults, protectedResultsKey, type ProtectOptions } from '../../src/pipeline/protected-results.js';
import { loadDataset } from '../../src/validate/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-protected-cache-'));
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bcache')).sort() : []);
const none = () => undefined;

describe('protected-cache entries', () => {
  const dir = join(work, 'unit');
  it('give back exactly what was stored', async () => {
    const value = { rows: [{ key: 'a', value: -0, n: 3, upper: undefined }], hidden: new Map([[1, 'primary']]), sets: new Int32Array([1, 5]), nan: NaN };
    const key = protectedKey({ a: 1 });
    expect(await writeProtected(dir, key, value, none)).toBe(true);
    const hit = await readProtected<typeof value>(dir, key, none);
    expect(hit).toEqual(value);
    expect(Object.is(hit!.rows[0]!.value, -0)).toBe(true);
    expect(hit!.hidden).toBeInstanceOf(Map);
    expect(hit!.sets).toBeInstanceOf(Int32Array);
    // atomic writes leave no temporary file behind, and the entry is private
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(join(dir, `${key}.bcache`)).mode & 0o077).toBe(0);
  });

  it('miss on another key', async () => {
    await writeProtected(dir, protectedKey({ a: 2 }), { x: 1 }, none);
    expect(await readProtected(dir, protectedKey({ a: 3 }), none)).toBeUndefined();
    expect(protectedKey({ a: 2, b: [1, 2] })).toBe(protectedKey({ b: [1, 2], a: 2 }));
    expect(protectedKey({ a: 2 })).not.toBe(protectedKey({ a: '2' }));
  });

  it('count a damaged or foreign entry as a miss and remove it', async () => {
    const key = protectedKey({ a: 4 });
    await writeProtected(dir, key, { rows: [1, 2, 3] }, none);
    const path = join(dir, `${key}.bcache`);
    const bytes = readFileSync(path);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const notes: string[] = [];
    expect(await readProtected(dir, key, (m) => notes.push(m))).toBeUndefined();
    expect(notes.join()).toMatch(/does not check out/);
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, 'not an entry');
    expect(await readProtected(dir, key, none)).toBeUndefined();
    // an entry stored under another key (renamed) is not used either
    const other = protectedKey({ a: 5 });
    await writeProtected(dir, other, { rows: [] }, none);
    writeFileSync(path, readFileSync(join(dir, `${other}.bcache`)));
    expect(await readProtected(dir, key, none)).toBeUndefined();
  });

  it('keep the most recently used entries within the bound', async () => {
    const small = join(work, 'bounded');
    const keys = [0, 1, 2, 3].map((i) => protectedKey({ bounded: i }));
    for (const [i, key] of keys.entries()) {
      await writeProtected(small, key, { i }, none, { maxEntries: 3, maxBytes: 1 << 20 });
      const t = new Date(Date.now() - (10 - i) * 1000);
      utimesSync(join(small, `${key}.bcache`), t, t);
    }
    expect(entries(small)).toEqual(keys.slice(1).map((k) => `${k}.bcache`).sort());
    // a hit refreshes the entry: the oldest other one goes next
    expect(await readProtected(small, keys[1]!, none)).toEqual({ i: 1 });
    await writeProtected(small, protectedKey({ bounded: 4 }), { i: 4 }, none, { maxEntries: 3, maxBytes: 1 << 20 });
    expect(entries(small)).toContain(`${keys[1]}.bcache`);
    expect(entries(small)).not.toContain(`${keys[2]}.bcache`);
    // and the size bound
    await writeProtected(small, protectedKey({ bounded: 5 }), { big: 'x'.repeat(4000) }, none, { maxEntries: 32, maxBytes: 3000 });
    expect(entries(small)).toEqual([`${protectedKey({ bounded: 5 })}.bcache`]);
  });
});

describe('protected results through the cache', () => {
  let dataset: Dataset;
  let io: ProtectOptions;
  const slot = { dataKey: 'd'.repeat(64), fingerprint: 'f'.repeat(64) };
  beforeAll(async () => {
    dataset = (await loadDataset({ files: [join(ROOT, 'test/pipeline/fixtures/assistance-small.csv')], kind: 'assistance', cutoff: '2026-01-01' })).dataset;
    const registry = loadRegistry();
    // a few of bulletin 6's indicators: enough for hidden cells, cheap to protect
    io = { minCell: 5, registry, ids: registry.filter((r) => r.bulletin === 6).map((r) => r.id).slice(0, 8) };
  });
  afterEach(() => vi.unstubAllEnvs());

  it('has a key that changes with each part that decides the results', async () => {
    const k = await protectedResultsKey(dataset, io, slot);
    expect(await protectedResultsKey(dataset, { ...io, ids: [...io.ids].reverse() }, slot)).toBe(k);
    const changed = [
      await protectedResultsKey(dataset, io, { ...slot, dataKey: 'e'.repeat(64) }),
      await protectedResultsKey(dataset, io, { ...slot, fingerprint: 'e'.repeat(64) }),
      await protectedResultsKey(dataset, { ...io, minCell: 3 }, slot),
      await protectedResultsKey(dataset, { ...io, ids: io.ids.slice(1) }, slot),
      await protectedResultsKey(dataset, { ...io, registry: io.registry.map((r) => (r.id === io.ids[0] ? { ...r, totals: !r.totals } : r)) }, slot),
      await protectedResultsKey(dataset, { ...io, country: ['KGZ'] }, slot),
      await protectedResultsKey(dataset, { ...io, period: { from: '2024-01', to: '2024-06' } }, slot),
      await protectedResultsKey(dataset, { ...io, rates: { ...loadRates(), name: 'other.csv' } }, slot),
    ];
    vi.stubEnv('BULLETIN_SDC_AUDIT', 'off');
    changed.push(await protectedResultsKey(dataset, io, slot));
    expect(new Set([k, ...changed]).size).toBe(changed.length + 1);
  });

  it('computes on a miss, stores, and gives back the same results on a hit', async () => {
    const dir = join(work, 'results');
    let misses = 0;
    const cache = { ...slot, dir, onMiss: () => misses++ };
    const fresh = await protectedResults(dataset, io, undefined);
    const miss = await protectedResults(dataset, io, cache);
    expect(misses).toBe(1);
    expect(entries(dir)).toHaveLength(1);
    const hit = await protectedResults(dataset, io, cache);
    expect(misses).toBe(1);
    expect(miss.key).toMatch(/^[0-9a-f]{64}$/);
    expect(hit.key).toBe(miss.key);
    expect({ ...miss, key: undefined }).toEqual(fresh);
    expect({ ...hit, key: undefined }).toEqual(fresh);
    expect(hit.disclosure?.hidden).toBeInstanceOf(Map);
    expect(hit.before).toBeDefined();
    // a damaged entry is computed again and replaced
    const path = join(dir, entries(dir)[0]!);
    writeFileSync(path, 'damaged');
    expect({ ...(await protectedResults(dataset, io, cache)), key: undefined }).toEqual(fresh);
    expect(misses).toBe(2);
    expect(readFileSync(path).byteLength).toBeGreaterThan(100);
  });
});

describe('a build with the protected-results cache', () => {
  const cacheDir = join(work, 'build-cache');
  const files = (dir: string) =>
    new Map(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')] as const),
    );
  const run = (out: string, extra: Record<string, unknown>, withCache: boolean) => {
    const opts = parseBuildOptions(
      { survey: ['test/pipeline/fixtures/survey-small.csv'], assistance: ['test/pipeline/fixtures/assistance-small.csv'], bulletin: '3,6', lang: 'en', out: join(work, out), ...extra },
      ROOT,
    );
    if (withCache) opts.cacheDir = cacheDir;
    return build(opts, ROOT);
  };

  it('writes the same files cold, unchanged and with --no-cache, and --no-cache touches no entry', async () => {
    await run('cold', {}, true);
    const protectedDir = join(cacheDir, 'protected');
    expect(entries(protectedDir)).toHaveLength(2); // survey and assistance
    await run('warm', {}, true);
    const stamps = entries(protectedDir).map((f) => statSync(join(protectedDir, f)).mtimeMs);
    await run('plain', { cache: false }, true);
    expect(entries(protectedDir).map((f) => statSync(join(protectedDir, f)).mtimeMs)).toEqual(stamps);
    const cold = files(join(work, 'cold'));
    expect(files(join(work, 'warm'))).toEqual(cold);
    expect(files(join(work, 'plain'))).toEqual(cold);
    // another threshold is another entry
    await run('other', { minCell: '3' }, true);
    expect(entries(protectedDir)).toHaveLength(4);
  }, 600_000);
});
