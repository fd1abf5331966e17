import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedQuantile, weightedQuantiles } from '../../src/analyse/quantile.js';

/** survey::svyquantile(qrule = "math") step by step, sorting for each p (the definition). */
function reference(values: number[], weights: number[], p: number): number | null {
  const order = values.map((_, i) => i).filter((i) => weights[i] !== 0).sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
  if (order.length === 0) return null;
  const total = order.reduce((s, i) => s + (weights[i] as number), 0);
  let cum = 0;
  let pos = 0;
  let cumAtPos = 0;
  order.forEach((i, k) => {
    cum += weights[i] as number;
    if (k === 0) cumAtPos = cum;
    if (cum <= p * total) {
      pos = k;
      cumAtPos = cum;
    }
  });
  const at = (k: number) => values[order[Math.min(k, order.length - 1)] as number] as number;
  return p - cumAtPos / total === 0 ? at(pos) : at(pos + 1);
}

describe('weightedQuantiles', () => {
  it('gives, for every p, the quantile of the definition (property)', () => {
    const data = fc.array(fc.tuple(fc.integer({ min: -5, max: 20 }), fc.constantFrom(0, 0.5, 1, 1.25, 3)), { maxLength: 30 });
    fc.assert(
      fc.property(data, fc.constantFrom(0.25, 0.5, 0.75, 0.1, 1), (pairs, p) => {
        const xs = pairs.map((t) => t[0]);
        const ws = pairs.map((t) => t[1]);
        const q = weightedQuantiles(xs, ws);
        expect(q(p)).toBe(reference(xs, ws, p));
        expect(weightedQuantile(xs, ws, p)).toBe(reference(xs, ws, p));
      }),
    );
  });

  it('returns null for every p when no value has weight', () => {
    expect(weightedQuantiles([1, 2], [0, 0])(0.5)).toBeNull();
  });
});
