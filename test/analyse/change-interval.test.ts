import { describe, expect, it } from 'vitest';
import { changeInterval, newcombe } from '../../src/analyse/change-interval.js';

describe('the interval of a change between two rounds', () => {
  it("is Newcombe's hybrid score interval for unweighted shares (Newcombe 1998, table II: 56/70 − 48/80)", () => {
    const iv = newcombe(56, 70, 48, 80)!;
    expect(iv.low).toBeCloseTo(0.0524, 4);
    expect(iv.high).toBeCloseTo(0.3339, 4);
    expect(iv.method).toBe('newcombe');
  });

  it('is not symmetric near 0 or 1 and stays within [−1, 1]', () => {
    const iv = newcombe(10, 10, 0, 10)!;
    expect(iv.high).toBeLessThanOrEqual(1);
    expect(iv.low).toBeGreaterThan(0);
    expect(1 - iv.high).not.toBeCloseTo(iv.low, 3);
  });

  it('is d ± z·√(se₁² + se₂²) for weighted shares', () => {
    const iv = changeInterval({ value: 0.6, n: 300, count: 170, se: 0.03 }, { value: 0.5, n: 280, count: 140, se: 0.04 })!;
    expect(iv.method).toBe('design-based');
    expect(iv.low).toBeCloseTo(0.1 - 1.959963984540054 * 0.05, 12);
    expect(iv.high).toBeCloseTo(0.1 + 1.959963984540054 * 0.05, 12);
  });

  it('has none when one round is weighted and the other not, or a base is empty', () => {
    expect(changeInterval({ value: 0.6, n: 300, count: 170, se: 0.03 }, { value: 0.5, n: 280, count: 140, se: null })).toBeNull();
    expect(newcombe(0, 0, 3, 10)).toBeNull();
  });
});
