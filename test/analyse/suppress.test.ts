import fc from 'fast-check';
import { from } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { suppress } from '../../src/analyse/suppress.js';
import { resultKey, type ResultRow } from '../../src/analyse/result.js';
import { Frame, TOTAL } from '../../src/analyse/frame.js';
import { disaggregate } from '../../src/analyse/disaggregate.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** A count table r × c with its row, column and grand totals, as ResultRows. */
function countTable(values: number[][]): ResultRow[] {
  const rows: ResultRow[] = [];
  const r = values.length;
  const c = (values[0] as number[]).length;
  const at = (i: number, j: number) => (values[i] as number[])[j] as number;
  const push = (a: string, b: string, v: number) =>
    rows.push({ key: resultKey('t', { a, b }), indicator: 't', dims: { a, b }, stat: 'count', value: v, n: v, count: v });
  let grand = 0;
  for (let i = 0; i < r; i++) {
    let rowSum = 0;
    for (let j = 0; j < c; j++) {
      push(`r${i}`, `c${j}`, at(i, j));
      rowSum += at(i, j);
    }
    push(`r${i}`, TOTAL, rowSum);
    grand += rowSum;
  }
  for (let j = 0; j < c; j++) {
    let colSum = 0;
    for (let i = 0; i < r; i++) colSum += at(i, j);
    push(TOTAL, `c${j}`, colSum);
  }
  push(TOTAL, TOTAL, grand);
  return rows;
}

/**
 * Independent check: with every row and column total an equation, a hidden cell can be worked back
 * iff its edge is a bridge of the bipartite graph (row nodes incl. the total row, column nodes incl.
 * the total column; hidden cells as edges).
 */
function recoverable(rows: ResultRow[]): string[] {
  const hidden = rows.filter((r) => r.suppressed);
  const out: string[] = [];
  for (const h of hidden) {
    const adj = new Map<string, string[]>();
    const add = (x: string, y: string) => adj.set(x, [...(adj.get(x) ?? []), y]);
    for (const e of hidden) {
      if (e === h) continue;
      add(`R${e.dims.a}`, `C${e.dims.b}`);
      add(`C${e.dims.b}`, `R${e.dims.a}`);
    }
    const start = `R${h.dims.a}`;
    const goal = `C${h.dims.b}`;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const x = queue.shift() as string;
      for (const y of adj.get(x) ?? []) {
        if (seen.has(y)) continue;
        seen.add(y);
        queue.push(y);
      }
    }
    if (!seen.has(goal)) out.push(h.key);
  }
  return out;
}

const small = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const table = fc.integer({ min: 1, max: 5 }).chain((r) => fc.integer({ min: 1, max: 5 }).chain((c) => fc.array(fc.array(small, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })));

describe('small-count suppression', () => {
  it('hides every count 1..minCell−1, and no hidden cell can be worked back from the row and column totals', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 6 }), (values, minCell) => {
        const rows = suppress(countTable(values), minCell);
        const original = countTable(values);
        rows.forEach((r, k) => {
          const v = original[k]?.value as number;
          if (v > 0 && v < minCell) expect(r.suppressed).toBe('primary');
          if (r.suppressed) {
            expect(r.value).toBeNull();
            expect(r.n).toBe(0);
            expect(r.count).toBeUndefined();
          } else expect(r.value).toBe(v);
        });
        expect(recoverable(rows)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('hides nothing when the threshold is 0 or nothing is small', () => {
    const rows = countTable([
      [12, 30],
      [7, 9],
    ]);
    expect(suppress(rows, 0)).toEqual(rows);
    expect(suppress(rows, 5).some((r) => r.suppressed)).toBe(false);
  });

  it('in a 1-D table with a total, hides the smallest other cell beside a small one', () => {
    const rows = countTable([[3], [40], [12]]);
    const out = suppress(rows, 5);
    const hidden = out.filter((r) => r.suppressed).map((r) => `${r.dims.a}:${r.suppressed}`);
    expect(hidden).toContain('r0:primary');
    expect(hidden).toContain('r2:secondary');
    expect(hidden).not.toContain('r1:secondary');
  });

  it('hides all shares of a group whose base is small, and a complementary group', () => {
    const data = [
      ...Array.from({ length: 3 }, (_, i) => ({ sex: 'female', y: i === 0 ? 'a' : 'b' })),
      ...Array.from({ length: 20 }, (_, i) => ({ sex: 'male', y: i < 8 ? 'a' : 'b' })),
    ];
    const frame = new Frame(from(data), {});
    const rows = disaggregate(frame, data.map((_, i) => i), { indicator: 's', statistic: 'share', variable: 'y', dims: ['sex'], totals: true });
    const out = suppress(rows, 5);
    for (const r of out) {
      if (r.dims.sex === 'female') expect(r.suppressed).toBe('primary');
      else if (r.dims.sex === 'male') expect(r.suppressed).toBe('secondary'); // otherwise female = total − male
      else expect(r.suppressed).toBeUndefined();
    }
  });
});

describe('shares', () => {
  const row = fc.record({
    g: fc.constantFrom('x', 'y', 'z'),
    v: fc.option(fc.constantFrom('a', 'b', 'c', 'dnk', 'pnta'), { nil: null }),
    w: fc.double({ min: 0.1, max: 5, noNaN: true }),
  });
  it('of a group sum to 1 (all answers, valid answers, weighted or not)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.boolean(), (data, weighted) => {
        const frame = new Frame(from(data), {});
        const idx = data.map((_, i) => i);
        for (const statistic of ['share', 'share_valid'] as const) {
          const rows = disaggregate(frame, idx, { indicator: 's', statistic, variable: 'v', dims: ['g'], totals: true, ci: true, ...(weighted ? { weight: 'w' } : {}) });
          const sums = new Map<string, number>();
          for (const r of rows) if (r.value !== null) sums.set(r.dims.g as string, (sums.get(r.dims.g as string) ?? 0) + r.value);
          for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
          for (const r of rows) if (r.value !== null) expect(r.ci_low as number).toBeLessThanOrEqual(r.value + 1e-12);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
