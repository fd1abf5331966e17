/**
 * The render cache: an unchanged rebuild copies every drawing (byte-identical to a build without
 * the cache), a damaged entry is found out and drawn again, a key changes with anything that
 * changes the output, and `--formats` writes only the chart files asked for.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRendered, renderKey, writeRendered, type RenderCache } from '../../src/cache/render-cache.js';
import { renderFingerprint } from '../../src/cache/render-fingerprint.js';
import { build } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-render-cache-'));
const cacheDir = join(work, 'cache');

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out.set(f, createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

async function run(out: string, extra: Record<string, unknown> = {}, withCache = true) {
  const opts = parseBuildOptions({ assistance: ['test/pipeline/fixtures/assistance-small.csv'], bulletin: '6', out: join(work, out), ...extra }, ROOT);
  if (withCache) opts.cacheDir = cacheDir;
  return build(opts, ROOT);
}

describe('render cache entries', () => {
  const cache: RenderCache = { dir: join(work, 'unit'), fingerprint: 'f'.repeat(64) };
  it('give back exactly what was stored, text as text and bytes as bytes', async () => {
    const key = renderKey(cache, 'chart', { a: 1 });
    await writeRendered(cache, key, [{ path: 'svg', data: '<svg/>', meta: { width: 3 } }, { path: 'png', data: new Uint8Array([1, 2, 3]), meta: {} }], () => undefined);
    const hit = await readRendered(cache, key, () => undefined);
    expect(hit?.[0]).toEqual({ path: 'svg', data: '<svg/>', meta: { width: 3 } });
    expect(hit?.[1]?.data).toEqual(new Uint8Array([1, 2, 3]));
  });
  it('count a damaged entry as a miss and remove it', async () => {
    const key = renderKey(cache, 'chart', { a: 2 });
    await writeRendered(cache, key, [{ path: 'svg', data: '<svg>one</svg>', meta: {} }], () => undefined);
    const path = join(cache.dir, `${key}.bcache`);
    const bytes = readFileSync(path);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const notes: string[] = [];
    expect(await readRendered(cache, key, (m) => notes.push(m))).toBeUndefined();
    expect(notes.join()).toMatch(/does not check out/);
    expect(() => statSync(path)).toThrow();
    writeFileSync(path, 'not an entry');
    expect(await readRendered(cache, key, () => undefined)).toBeUndefined();
  });
  it('have keys that change with the input, the kind and the code', () => {
    const k = renderKey(cache, 'chart', { a: 1, b: [1, 2] });
    expect(renderKey(cache, 'chart', { b: [1, 2], a: 1 })).toBe(k);
    expect(renderKey(cache, 'chart', { a: 1, b: [2, 1] })).not.toBe(k);
    expect(renderKey(cache, 'chart', { a: '1', b: [1, 2] })).not.toBe(k);
    expect(renderKey(cache, 'job', { a: 1, b: [1, 2] })).not.toBe(k);
    expect(renderKey({ ...cache, fingerprint: 'e'.repeat(64) }, 'chart', { a: 1, b: [1, 2] })).not.toBe(k);
    expect(renderKey(cache, 'chart', new Map([['x', 1]]))).not.toBe(renderKey(cache, 'chart', new Map([['x', 2]])));
  });
  it('fingerprint the code and the fonts', () => {
    expect(renderFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(renderFingerprint()).toBe(renderFingerprint());
  });
});

describe('a rebuild with the render cache', () => {
  beforeAll(async () => {
    await run('cold');
    await run('warm');
    await run('nocache', {}, false);
  }, 600_000);

  it('writes the same bytes as a build without the cache, cold and warm', () => {
    const nocache = files(join(work, 'nocache'));
    expect(files(join(work, 'cold'))).toEqual(nocache);
    expect(files(join(work, 'warm'))).toEqual(nocache);
    expect([...nocache.keys()].filter((f) => f.endsWith('.png')).length).toBeGreaterThan(10);
  });

  it('draws again what was damaged in the cache, and the output stays the same', async () => {
    const dir = join(cacheDir, 'render');
    for (const n of readdirSync(dir).filter((n) => n.endsWith('.bcache'))) {
      const p = join(dir, n);
      const b = readFileSync(p);
      const mid = Math.floor(b.length / 2);
      b[mid] = (b[mid] ?? 0) ^ 0x55;
      writeFileSync(p, b);
    }
    await run('damaged');
    expect(files(join(work, 'damaged'))).toEqual(files(join(work, 'nocache')));
  }, 600_000);

  it('--formats writes only the chart files asked for, and records them in the manifest', async () => {
    const s = await run('svg-only', { formats: 'svg' });
    const charts = s.manifest.outputs.filter((o) => o.type === 'chart');
    expect(charts.length).toBeGreaterThan(0);
    expect(new Set(charts.map((o) => o.format))).toEqual(new Set(['svg']));
    expect(s.manifest.options.formats).toEqual(['svg']);
    expect(() => parseBuildOptions({ formats: 'svg,gif' }, ROOT)).toThrow(/--formats: "gif" is not one of "svg", "png", "vega-lite"/);
  }, 600_000);
});
