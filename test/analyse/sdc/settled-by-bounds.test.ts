/**
 * settledByBounds (lp.ts) answers some protection programs without HiGHS: it must never call a
 * program infeasible that HiGHS solves, nor claim a zero-cost optimum HiGHS does not reach. Checked
 * on hand-made programs and on random small programs shaped like protect.ts's (integer deviations
 * with a fixed target, 0/1 cover choices with a cost, additive and subset rows), against HiGHS.
 */
import { describe, expect, it } from 'vitest';
import { loadSolver, settledByBounds, solve, type Program, type Row } from '../../../src/analyse/sdc/lp.js';

function program(): Program {
  return { sense: 'min', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
}

function int(p: Program, v: string, lo: number, hi: number) {
  p.integer.add(v);
  p.bounds.set(v, { lo, hi });
}

/** A deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomProgram(seed: number): Program {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const p = program();
  const n = 3 + pick(6);
  const D = 4;
  for (let i = 0; i < n; i++) {
    const u = `u${i}`;
    if (i === 0) int(p, u, 2, 2); // the target's deviation
    else {
      const kind = pick(3);
      if (kind === 0) int(p, u, -pick(3), D); // a hidden cell
      else if (kind === 1) int(p, u, -pick(4), 1 + pick(3)); // a "<N" with its bound
      else {
        // a published cell: it moves only if chosen as cover (z = 1)
        const lo = pick(4);
        int(p, u, -lo, D);
        p.binary.add(`z${i}`);
        p.bounds.set(`z${i}`, { lo: 0, hi: 1 });
        p.objective.push({ v: `z${i}`, c: 2 + pick(5) });
        p.rows.push({ terms: [{ v: u, c: 1 }, { v: `z${i}`, c: -D }], op: '<=', rhs: 0 });
        if (lo > 0) p.rows.push({ terms: [{ v: u, c: 1 }, { v: `z${i}`, c: lo }], op: '>=', rhs: 0 });
      }
    }
  }
  // additive lines (parts − margin = 0 or ≤ slack) and subset rows (sub − sup ≤ slack)
  const lines = 1 + pick(4);
  for (let k = 0; k < lines; k++) {
    const size = 2 + pick(3);
    const vs = new Set<number>();
    while (vs.size < Math.min(size, n)) vs.add(pick(n));
    const [margin, ...parts] = [...vs];
    const terms = [...parts.map((v) => ({ v: `u${v}`, c: 1 })), { v: `u${margin}`, c: -1 }];
    p.rows.push({ terms, op: pick(3) === 0 ? '<=' : '=', rhs: pick(3) === 0 ? pick(3) : 0 } as Row);
  }
  for (let k = pick(3); k > 0; k--) {
    const a = pick(n);
    const b = pick(n);
    if (a !== b) p.rows.push({ terms: [{ v: `u${a}`, c: 1 }, { v: `u${b}`, c: -1 }], op: '<=', rhs: pick(4) });
  }
  return p;
}

describe('settledByBounds', () => {
  it('proves a plainly infeasible program infeasible and leaves a feasible one to the solver', () => {
    const p = program();
    int(p, 'x', 0, 2);
    int(p, 'y', 0, 2);
    p.rows.push({ terms: [{ v: 'x', c: 1 }, { v: 'y', c: 1 }], op: '=', rhs: 5 });
    expect(settledByBounds(p, true)).toBe('infeasible');
    p.rows[0]!.rhs = 4;
    p.objective.push({ v: 'x', c: 1 });
    expect(settledByBounds(p, false)).toBeNull();
    // x must be 2 (y ≤ 2): the cheapest solution costs 2, not 0
    expect(settledByBounds(p, true)).toBeNull();
  });

  it('finds a zero-cost solution only when every costed variable can stay at 0', () => {
    const p = program();
    int(p, 'u0', 2, 2);
    int(p, 'u1', -4, 4);
    int(p, 'u2', -4, 4);
    p.binary.add('z2');
    p.bounds.set('z2', { lo: 0, hi: 1 });
    p.objective.push({ v: 'z2', c: 3 });
    p.rows.push({ terms: [{ v: 'u2', c: 1 }, { v: 'z2', c: -4 }], op: '<=', rhs: 0 });
    p.rows.push({ terms: [{ v: 'u2', c: 1 }, { v: 'z2', c: 4 }], op: '>=', rhs: 0 });
    // u0 + u1 − u2 = 0: u1 = −2 absorbs the target's move, u2 (published) stays
    p.rows.push({ terms: [{ v: 'u0', c: 1 }, { v: 'u1', c: 1 }, { v: 'u2', c: -1 }], op: '=', rhs: 0 });
    expect(settledByBounds(p, true)).toBe('zero');
    expect(settledByBounds(p, false)).toBeNull();
    // with u1 unable to go below −1, u2 must move: hiding it costs
    p.bounds.set('u1', { lo: -1, hi: 4 });
    expect(settledByBounds(p, true)).toBeNull();
  });

  it('agrees with HiGHS on random protection-shaped programs', async () => {
    const h = await loadSolver();
    const seen = { infeasible: 0, zero: 0, open: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const p = randomProgram(seed);
      const settled = settledByBounds(p, true);
      const sol = solve(h, p);
      if (settled === 'infeasible') expect(sol.status, `seed ${seed}`).not.toBe('optimal');
      if (settled === 'zero') {
        expect(sol.status, `seed ${seed}`).toBe('optimal');
        expect(sol.objective, `seed ${seed}`).toBe(0);
      }
      seen[settled ?? 'open']++;
    }
    // the random programs exercise every outcome
    expect(seen.infeasible).toBeGreaterThan(20);
    expect(seen.zero).toBeGreaterThan(20);
    expect(seen.open).toBeGreaterThan(20);
  });
});
