/**
 * The solver's loading (analyse/sdc/lp.ts): HiGHS's WebAssembly is compiled once per process and
 * handed to the emscripten loader; a preload started early is the module the solver then uses.
 */
import { describe, expect, it } from 'vitest';
import { loadSolver, preloadSolver, solve, solverModule, type Program } from '../../../src/analyse/sdc/lp.js';

describe('HiGHS loading', () => {
  it('compiles the module once: the preload, the module and the solver share it', async () => {
    preloadSolver();
    const m = solverModule();
    expect(solverModule()).toBe(m);
    const module = await m;
    expect(Object.prototype.toString.call(module)).toBe('[object WebAssembly.Module]');
    expect(loadSolver()).toBe(loadSolver());
  });

  it('solves a small integer program through the precompiled module', async () => {
    const h = await loadSolver();
    // min x + 2y, x + y ≥ 3.5, x ≤ 2, integers: x = 2, y = 2 (objective 6)
    const p: Program = {
      sense: 'min',
      objective: [
        { v: 'x', c: 1 },
        { v: 'y', c: 2 },
      ],
      rows: [{ terms: [{ v: 'x', c: 1 }, { v: 'y', c: 1 }], op: '>=', rhs: 3.5 }],
      bounds: new Map([
        ['x', { lo: 0, hi: 2 }],
        ['y', { lo: 0, hi: 10 }],
      ]),
      integer: new Set(['x', 'y']),
      binary: new Set(),
    };
    const s = solve(h, p);
    expect(s.status).toBe('optimal');
    expect(s.objective).toBe(6);
    expect([s.values.get('x'), s.values.get('y')]).toEqual([2, 2]);
    // the same instance again (one solver per process, a fresh HiGHS object per solve)
    p.rows[0]!.rhs = 20;
    expect(solve(h, p).status).toBe('infeasible');
  });
});
