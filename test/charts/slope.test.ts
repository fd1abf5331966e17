import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spread } from '../../src/charts/marks/slope.js';

describe('spread (slope label positions)', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(spread([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });

  it('centres colliding labels on their points, keeping their order and the bounds', () => {
    expect(spread([50, 52, 51], 12, 0, 100)).toEqual([39, 63, 51]);
    expect(spread([5, 6], 12, 0, 100)).toEqual([0, 12]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 8 }), (ys) => {
        const out = spread(ys, 12, 0, 200);
        const sorted = [...out].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
        for (const y of out) expect(y).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
