import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiCodes, MultiSelect, Picks, Weighted } from '../../src/sample/choice.js';
import { apportion } from '../../src/sample/apportion.js';
import { Rng } from '../../src/sample/random.js';

describe('choice helpers', () => {
  it('MultiCodes lists the options of a mask in option order, the fallback for none', () => {
    const m = new MultiCodes(['a', 'b', 'c'], 'none');
    expect([0, 1, 2, 3, 5, 7].map((k) => m.label(k))).toEqual(['none', 'a', 'b', 'a b', 'a c', 'a b c']);
  });

  it('Picks refuses options out of order and honours p = 0 and p = 1', () => {
    const m = new MultiCodes(['a', 'b'], 'none');
    expect(() => new Picks(m, new Rng(1)).maybe('b', 1)).toThrow(/out of order/);
    expect(new Picks(m, new Rng(1)).maybe('a', 0).maybe('b', 1).done()).toBe('b');
    expect(new Picks(m, new Rng(1)).maybe('a', 0).maybe('b', 0).done()).toBe('none');
  });

  it('MultiSelect chooses each option about as often as its probability', () => {
    const s = new MultiSelect({ x: 0.8, y: 0.1 }, 'x');
    const rng = new Rng(2);
    let y = 0;
    for (let i = 0; i < 10_000; i++) if (s.draw(rng).includes('y')) y++;
    expect(y / 10_000).toBeGreaterThan(0.08);
    expect(y / 10_000).toBeLessThan(0.12);
  });

  it('Weighted follows the weights', () => {
    const w = new Weighted([['a', 3], ['b', 1]] as const);
    const rng = new Rng(4);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (w.draw(rng) === 'a') a++;
    expect(Math.abs(a / 10_000 - 0.75)).toBeLessThan(0.02);
  });

  it('apportion splits a total exactly and proportionally', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 100_000 }), (ws, total) => {
        const weights = Object.fromEntries(ws.map((w, i) => [`k${i}`, w]));
        const parts = apportion(weights, total);
        const sum = Object.values(parts).reduce((a, b) => a + b, 0);
        const wsum = ws.reduce((a, b) => a + b, 0);
        if (wsum === 0) return sum === 0;
        return sum === total && ws.every((w, i) => Math.abs((parts[`k${i}`] ?? 0) - (w / wsum) * total) < 1);
      }),
    );
  });
});
