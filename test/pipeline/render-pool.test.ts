/**
 * The render pool's queue (run in this thread here: from TypeScript sources there are no workers)
 * and the output writer that records files in a fixed order whatever order they arrive in.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComposeInput } from '../../src/compose/input.js';
import { OutputWriter } from '../../src/pipeline/output-writer.js';
import { isCancelled, RenderPool } from '../../src/pipeline/render-pool.js';
import { warmUp, type RenderJob } from '../../src/pipeline/render-job.js';

/** A job whose composition fails (no template). */
const broken: RenderJob = { input: {} as ComposeInput, tables: false, formats: ['svg', 'png', 'vega-lite'] };

describe('RenderPool', () => {
  it('runs jobs in the order queued, says when each starts, and rejects a failing job with its error', async () => {
    const pool = new RenderPool(4);
    expect(pool.size).toBe(0);
    const started: number[] = [];
    const a = pool.run(broken, () => started.push(1));
    const b = pool.run(broken, () => started.push(2));
    await expect(a).rejects.toThrow(TypeError);
    await expect(b).rejects.toThrow(TypeError);
    expect(started).toEqual([1, 2]);
    await pool.close();
  });

  it('cancel() drops the jobs not yet started and any queued after', async () => {
    const pool = new RenderPool(0);
    const started: string[] = [];
    const first = pool.run(broken, () => started.push('first'));
    const second = pool.run(broken, () => started.push('second'));
    pool.cancel();
    const later = pool.run(broken, () => started.push('later'));
    const results = await Promise.allSettled([first, second, later]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(results.map((r) => (r.status === 'rejected' ? isCancelled(r.reason) : false))).toEqual([true, true, true]);
    expect(started).toEqual([]);
    await pool.close();
  });
});

describe('warmUp', () => {
  it('draws its chart and map and renders its PDF without error', async () => {
    await expect(warmUp()).resolves.toBeUndefined();
  }, 60_000);
});

describe('OutputWriter', () => {
  it('writes files of several jobs at once into new directories and records them in the order asked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-writer-'));
    const w = new OutputWriter(root);
    const meta = { type: 'chart', format: 'svg' } as const;
    const [x, y] = await Promise.all([
      w.writeAll([{ path: 'charts/x.svg', data: '<svg/>', meta }, { path: 'deep/a/b.svg', data: new Uint8Array([1, 2]), meta }]),
      w.writeAll([{ path: 'charts/y.svg', data: '<svg></svg>', meta }]),
    ]);
    w.record(y);
    w.record(x);
    expect(w.entries.map((e) => e.path)).toEqual(['charts/y.svg', 'charts/x.svg', 'deep/a/b.svg']);
    expect(readFileSync(join(root, 'deep/a/b.svg'))).toEqual(Buffer.from([1, 2]));
    expect(w.entries[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('defaultPoolSize', () => {
  it('takes BULLETIN_WORKERS as the number of workers (this thread then draws nothing), at most one per job', async () => {
    const { defaultPoolSize } = await import('../../src/pipeline/render-pool.js');
    expect(defaultPoolSize(12, { BULLETIN_WORKERS: '3' })).toEqual({ workers: 3, here: false });
    expect(defaultPoolSize(2, { BULLETIN_WORKERS: '8' })).toEqual({ workers: 2, here: false });
    expect(defaultPoolSize(12, { BULLETIN_WORKERS: '0' })).toEqual({ workers: 0, here: false });
    // From the TypeScript sources there are no workers, whatever the machine.
    expect(defaultPoolSize(12, {})).toEqual({ workers: 0, here: false });
  });
});
