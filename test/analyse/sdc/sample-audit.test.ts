/**
 * The sample data's disclosure control, re-checked independently of the build's audit (audit.ts):
 * for every hidden value, a deviation-form integer program written here (unknown deviations y from
 * the true table, published cells fixed at y = 0, every subset pair found by brute force over all
 * pairs of row sets, not by model.ts) must reach the safety range; and no sensitive numerator of
 * 1–4 is published.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/validate/load.js';
import { computeProtected } from '../../../src/analyse/indicators.js';
import type { Disclosure } from '../../../src/analyse/sdc/control.js';
import type { ResultRow } from '../../../src/analyse/result.js';
import { isSubset } from '../../../src/analyse/sdc/cell-sets.js';
import { safetyRange } from '../../../src/analyse/sdc/protect.js';
import { isSensitiveCode } from '../../../src/analyse/sdc/sensitive.js';
import { loadSolver, solve, type Program } from '../../../src/analyse/sdc/lp.js';

const N = 5;
const SAMPLE = new URL('../../../data-samples/assistance.csv', import.meta.url).pathname;
let rows: ResultRow[];
let d: Disclosure;

beforeAll(async () => {
  const { dataset } = await loadDataset({ files: [SAMPLE], kind: 'assistance' });
  const r = await computeProtected(dataset, { minCell: N });
  rows = r.rows;
  d = r.disclosure!;
}, 600_000);

describe('sample assistance records', () => {
  it('the build audit passes', () => {
    expect(d.audit.failures).toEqual([]);
    expect(d.hiddenPrimary).toBeGreaterThan(0);
  });

  it('no sensitive numerator of 1–4 is published', () => {
    const leaks = rows.filter((r) => r.category !== undefined && isSensitiveCode('assistance', 'vulnerabilities', r.category) && r.suppressed === undefined && (r.count ?? 0) >= 1 && (r.count ?? 0) < N);
    expect(leaks.map((r) => r.key)).toEqual([]);
  });

  it('every hidden value keeps its safety range under a second formulation', async () => {
    const m = d.model;
    const h = await loadSolver();
    const a = (v: number) => m.vars[v]!.size;
    const published = new Set<number>();
    for (const rv of m.rowVars) {
      if (d.hidden.has(rv.base)) continue;
      published.add(rv.base);
      if (rv.num !== null && !d.hidden.has(rv.num)) published.add(rv.num);
    }
    const unknown = m.vars.filter((v) => !published.has(v.id) && m.occurrences[v.id]! > 0).map((v) => v.id);
    // brute-force subset pairs among every unknown and every variable with its rows kept
    const withRows = m.vars.filter((v) => v.rows !== null && v.size > 0);
    const pairs: Array<[number, number]> = [];
    for (const x of unknown) {
      const vx = m.vars[x]!;
      if (!vx.rows || vx.size === 0) continue;
      for (const y of withRows) {
        if (y.id === x) continue;
        if (y.size >= vx.size && isSubset(vx.rows, y.rows!)) pairs.push([x, y.id]);
        else if (y.size <= vx.size && isSubset(y.rows!, vx.rows)) pairs.push([y.id, x]);
      }
    }
    const box = 3 * (N - 1);
    const unknownSet = new Set(unknown);
    const prog: Program = { sense: 'max', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
    for (const v of unknown) {
      const kind = d.hidden.get(v);
      const lo = kind === 'primary' ? 1 - a(v) : kind === 'secondary' ? Math.max(1 - a(v), -box) : Math.max(-a(v), -box);
      const hi = kind === 'primary' ? N - 1 - a(v) : box;
      prog.bounds.set(`y${v}`, { lo, hi });
      prog.integer.add(`y${v}`);
    }
    for (const l of m.lines) {
      const terms = l.vars.flatMap((v, k) => (unknownSet.has(v) ? [{ v: `y${v}`, c: l.coefs[k]! }] : []));
      if (terms.length === 0) continue;
      const slack = l.op === '<=' ? -l.vars.reduce((s, v, k) => s + l.coefs[k]! * a(v), 0) : 0;
      prog.rows.push({ terms, op: l.op, rhs: slack });
    }
    for (const [sub, sup] of pairs) {
      const terms = [];
      if (unknownSet.has(sub)) terms.push({ v: `y${sub}`, c: 1 });
      if (unknownSet.has(sup)) terms.push({ v: `y${sup}`, c: -1 });
      prog.rows.push({ terms, op: '<=' as const, rhs: a(sup) - a(sub) });
    }
    const narrow: string[] = [];
    for (const v of d.hidden.keys()) {
      const ext: number[] = [];
      for (const sense of ['max', 'min'] as const) {
        const sol = solve(h, { ...prog, sense, objective: [{ v: `y${v}`, c: 1 }] }, 200_000);
        expect(sol.status).toBe('optimal');
        ext.push(sol.objective);
      }
      if (ext[0]! - ext[1]! < safetyRange(N)) narrow.push(`${m.rows[m.nameRow[v]!]!.key}: ${ext[1]}…${ext[0]}`);
    }
    expect(narrow).toEqual([]);
  }, 600_000);
});
