/** The main thread's memory bound (full-gc.ts): a full collection only once the heap has grown. */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectIfGrown } from '../../src/pipeline/full-gc.js';

describe('collectIfGrown', () => {
  it('collects when the heap in use has grown past its floor, then not again until it grows again', () => {
    collectIfGrown();
    // ≈ 260 MiB of live objects: past the 192 MiB floor whatever the test runner holds.
    const held: number[][] = [];
    for (let i = 0; i < 130; i++) held.push(Array.from({ length: 256 * 1024 }, (_, j) => j + 0.5));
    expect(getHeapStatistics().used_heap_size).toBeGreaterThan(192 * 1024 * 1024);
    expect(collectIfGrown()).toBe(true);
    // What is live now is the new reference: a little more is not enough.
    held.push(Array.from({ length: 1024 }, (_, j) => j + 0.5));
    expect(collectIfGrown()).toBe(false);
    expect(held.length).toBe(131);
  }, 60_000);
});
