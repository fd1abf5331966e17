import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { op, table } from '../../src/model/arquero.js';
import { registerAggregates, rollupGroups, type OpCall } from '../../src/analyse/aggregates.js';
import { kornGraubard, wilson } from '../../src/analyse/intervals.js';
import { quantile7, weightedQuantile } from '../../src/analyse/quantile.js';

const CALLS: Record<string, OpCall> = {
  n: { op: 'rows', fields: [] },
  kg: { op: 'weighted_share', fields: ['y', 'w'], params: [500] },
  wilson: { op: 'wilson_share', fields: ['y'] },
  mean: { op: 'weighted_mean', fields: ['x', 'w'] },
  sum: { op: 'weighted_sum', fields: ['x', 'w'] },
  wq: { op: 'weighted_quantile', fields: ['x', 'w'], params: [0.5] },
  q1: { op: 'type7_quantile', fields: ['x', 'w'], params: [0.25] },
  q3: { op: 'type7_quantile', fields: ['x', 'w'], params: [0.75] },
  min: { op: 'least', fields: ['x', 'w'] },
  kgOf: { op: 'weighted_share_of', fields: ['k', 'w'], params: [1, 500] },
  wilsonOf: { op: 'wilson_share_of', fields: ['k', 'w'], params: [1] },
  max: { op: 'greatest', fields: ['x', 'w'] },
};

/** Entries of `groups` groups: (group, y 0/1, x, w), each group's entries together. */
const entries = fc
  .array(fc.record({ g: fc.integer({ min: 0, max: 4 }), y: fc.integer({ min: 0, max: 1 }), x: fc.integer({ min: -50, max: 50 }), w: fc.double({ min: 0.1, max: 9, noNaN: true }) }), { minLength: 1, maxLength: 60 })
  .map((es) => [...es].sort((a, b) => a.g - b.g));

describe('statistics as Arquero aggregate functions', () => {
  it('Arquero rollup and the direct engine give the same values, those of the statistic functions', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const columns = {
          g: Int32Array.from(es, (e) => e.g),
          y: Uint8Array.from(es, (e) => e.y),
          x: Float64Array.from(es, (e) => e.x),
          w: Float64Array.from(es, (e) => e.w),
          k: Int32Array.from(es, (e) => (e.x % 3) - 1),
        };
        const direct = rollupGroups(columns, 5, CALLS);
        expect(rollupGroups(columns, 5, CALLS, 'arquero')).toEqual(direct);
        for (let g = 0; g < 5; g++) {
          const mine = es.filter((e) => e.g === g);
          if (mine.length === 0) {
            expect(direct.n?.[g]).toBeUndefined();
            continue;
          }
          const ys = mine.map((e) => e.y);
          const xs = mine.map((e) => e.x);
          const ws = mine.map((e) => e.w);
          const count = ys.reduce((a, b) => a + b, 0);
          const kg = kornGraubard(ys, ws, 500);
          expect(direct.kg?.[g]).toEqual({ p: kg.p, count, low: kg.interval?.low ?? null, high: kg.interval?.high ?? null, se: kg.se });
          const iv = wilson(count, ys.length);
          expect(direct.wilson?.[g]).toEqual({ p: count / ys.length, count, low: iv?.low ?? null, high: iv?.high ?? null });
          const ofOne = mine.map((e): number => ((e.x % 3) - 1 === 1 ? 1 : 0));
          const kg1 = kornGraubard(ofOne, ws, 500);
          const count1 = ofOne.reduce((a, b) => a + b, 0);
          expect(direct.kgOf?.[g]).toEqual({ p: kg1.p, count: count1, low: kg1.interval?.low ?? null, high: kg1.interval?.high ?? null, se: kg1.se });
          expect(direct.wilsonOf?.[g]).toMatchObject({ p: count1 / ys.length, count: count1 });
          expect(direct.wq?.[g]).toBe(weightedQuantile(xs, ws, 0.5));
          const sorted = [...xs].sort((a, b) => a - b);
          expect(direct.q1?.[g]).toBe(quantile7(sorted, 0.25));
          expect(direct.min?.[g]).toBe(Math.min(...xs));
          expect(direct.max?.[g]).toBe(Math.max(...xs));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('type 7 quantiles order −0 and 0 as a sort by difference does (in row order), in both engines', () => {
    const calls: Record<string, OpCall> = { top: { op: 'type7_quantile', fields: ['x', 'w'], params: [1] }, low: { op: 'type7_quantile', fields: ['x', 'w'], params: [0] } };
    for (const x of [[0, -0], [-0, 0], [3, -0, 0, -1]]) {
      const columns = { g: new Int32Array(x.length), x: Float64Array.from(x), w: new Float64Array(x.length).fill(1) };
      const sorted = [...x].sort((a, b) => a - b);
      for (const engine of ['direct', 'arquero'] as const) {
        const r = rollupGroups(columns, 1, calls, engine);
        expect(Object.is(r.top?.[0], quantile7(sorted, 1))).toBe(true);
        expect(Object.is(r.low?.[0], quantile7(sorted, 0))).toBe(true);
      }
    }
    // the case above that a numeric typed-array sort would get wrong
    expect(Object.is(quantile7([0, -0].sort((a, b) => a - b), 1), -0)).toBe(true);
  });

  it('are registered for any Arquero rollup', () => {
    registerAggregates();
    const t = table({ country: ['KGZ', 'KGZ', 'TJK', 'KGZ'], lost: [1, 0, 1, 1], age: [20, 30, 40, 50], w: [1, 2, 1, 1] })
      .groupby('country')
      .rollup({ share: 'd => op.weighted_share(d.lost, d.w, 4)', mean: 'd => op.weighted_mean(d.age, d.w)', n: () => op.count() });
    expect(t.objects()).toMatchObject([
      { country: 'KGZ', share: { p: 0.5, count: 2 }, mean: (20 + 60 + 50) / 4, n: 3 },
      { country: 'TJK', share: { p: 1, count: 1 }, mean: 40, n: 1 },
    ]);
  });
});
