/**
 * The disclosure audit: an attacker who takes every published number as a constraint and solves,
 * for each hidden value, its smallest and largest possible value.
 *
 * Unknowns: the hidden values, as integers. What the attacker knows: every published value (a
 * constant), every additive line and subset relation of the model (totals published anywhere,
 * nesting, identical populations counted twice, absent-from-a-list = 0 since zeros are always
 * published), and the bounds of a hidden value: "<N" is 1 … N−1, "–" is ≥ 1 (zeros are published).
 * The model is split into the connected components of the hidden values; each component's values
 * are minimised and maximised by HiGHS (a solution that already reaches a value's bound proves it,
 * saving a solve). A "–" is only explored within ±`box` of its true value: the audit asks whether
 * a range reaches the protection interval, and a range reaching the box edge does.
 *
 * A hidden value fails when its range is one value, or narrower than its safety range
 * (protect.ts safetyRange: at least R + 1 possible values, 3 for N = 5).
 */
import { loadSolver, solve, type Program, type Term } from './lp.js';
import { publishedVars, subsets, type SdcModel } from './model.js';
import { safetyRange, type Hidden } from './protect.js';

export interface AuditRange {
  v: number;
  kind: 'primary' | 'secondary';
  size: number;
  min: number;
  max: number;
  /** Whether min/max stopped at the audit's box (the true range is at least that wide). */
  boxed: boolean;
  ok: boolean;
  /** What constrains the value: bounds, totals of these indicators, subset relations. */
  routes: string[];
}

export interface AuditResult {
  ranges: AuditRange[];
  failures: AuditRange[];
  solves: number;
}

export async function audit(model: SdcModel, hidden: Hidden, minCell: number, fixed: ReadonlySet<number> = new Set()): Promise<AuditResult> {
  const h = await loadSolver();
  const N = minCell;
  const box = Math.max(3 * (N - 1), 10);
  const a = (v: number) => model.vars[v]!.size;
  const published = publishedVars(model, hidden, fixed);
  // unknowns: the hidden values and the counts nothing publishes (a reader may only bound them)
  const unknown = (v: number) => !published.has(v);
  const free = new Set<number>();
  const queue = [...hidden.keys()];
  while (queue.length > 0) {
    const v = queue.pop()!;
    for (const li of model.linesOf[v]!)
      for (const w of model.lines[li]!.vars)
        if (!hidden.has(w) && !free.has(w) && unknown(w)) {
          free.add(w);
          queue.push(w);
        }
  }
  const ids = [...hidden.keys(), ...free].sort((x, y) => x - y);
  const subs = subsets(model, ids, 2 * box + 1);
  // bounds of each hidden value, tightened by published supersets and subsets
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  for (const v of ids) {
    if (free.has(v)) {
      lo.set(v, Math.max(0, a(v) - box));
      hi.set(v, a(v) + box);
    } else if (hidden.get(v) === 'primary') {
      lo.set(v, 1);
      hi.set(v, N - 1);
    } else {
      lo.set(v, Math.max(1, a(v) - box));
      hi.set(v, a(v) + box);
    }
  }
  const pairs: Array<[number, number]> = [];
  const subsetRoutes = new Map<number, boolean>();
  for (const s of subs) {
    const hs = lo.has(s.sub);
    const hp = lo.has(s.sup);
    if (hs && hp) pairs.push([s.sub, s.sup]);
    else if (hs) hi.set(s.sub, Math.min(hi.get(s.sub)!, a(s.sup)));
    else if (hp) lo.set(s.sup, Math.max(lo.get(s.sup)!, a(s.sub)));
    if (hs) subsetRoutes.set(s.sub, true);
    if (hp) subsetRoutes.set(s.sup, true);
  }
  // components of hidden values linked by a line or a subset pair
  const parent = new Map<number, number>(ids.map((v) => [v, v]));
  const find = (v: number): number => {
    let r = v;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(v, r);
    return r;
  };
  const union = (x: number, y: number) => parent.set(find(x), find(y));
  const lineIdx = new Set<number>();
  for (const v of ids) for (const li of model.linesOf[v]!) lineIdx.add(li);
  for (const li of lineIdx) {
    const hv = model.lines[li]!.vars.filter((v) => lo.has(v));
    for (let k = 1; k < hv.length; k++) union(hv[0]!, hv[k]!);
  }
  for (const [x, y] of pairs) union(x, y);
  const comps = new Map<number, number[]>();
  for (const v of ids) {
    const r = find(v);
    const c = comps.get(r);
    if (c) c.push(v);
    else comps.set(r, [v]);
  }
  const linesByComp = new Map<number, number[]>();
  for (const li of lineIdx) {
    const v = model.lines[li]!.vars.find((x) => lo.has(x))!;
    const r = find(v);
    const c = linesByComp.get(r);
    if (c) c.push(li);
    else linesByComp.set(r, [li]);
  }
  const ranges: AuditRange[] = [];
  let solves = 0;
  for (const [root, vars] of comps) {
    const prog: Program = { sense: 'min', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
    for (const v of vars) {
      prog.bounds.set(`x${v}`, { lo: lo.get(v)!, hi: hi.get(v)! });
      prog.integer.add(`x${v}`);
    }
    const indicators = new Set<string>();
    for (const li of linesByComp.get(root) ?? []) {
      const l = model.lines[li]!;
      indicators.add(l.indicator);
      let rhs = 0;
      const terms: Term[] = [];
      l.vars.forEach((v, k) => {
        if (lo.has(v)) terms.push({ v: `x${v}`, c: l.coefs[k]! });
        else rhs -= l.coefs[k]! * a(v);
      });
      prog.rows.push({ terms, op: l.op, rhs });
    }
    for (const [x, y] of pairs)
      if (find(x) === root)
        prog.rows.push({
          terms: [
            { v: `x${x}`, c: 1 },
            { v: `x${y}`, c: -1 },
          ],
          op: '<=',
          rhs: 0,
        });
    const best = new Map<number, { min: number; max: number }>(vars.map((v) => [v, { min: Infinity, max: -Infinity }]));
    const witness = (values: Map<string, number>) => {
      for (const v of vars) {
        const x = values.get(`x${v}`);
        if (x === undefined) continue;
        const b = best.get(v)!;
        b.min = Math.min(b.min, x);
        b.max = Math.max(b.max, x);
      }
    };
    witness(new Map(vars.map((v) => [`x${v}`, a(v)])));
    const exact = new Map<number, { min: boolean; max: boolean }>(vars.map((v) => [v, { min: false, max: false }]));
    for (const v of vars) {
      if (free.has(v)) continue;
      for (const sense of ['min', 'max'] as const) {
        const b = best.get(v)!;
        if (sense === 'min' ? b.min <= lo.get(v)! : b.max >= hi.get(v)!) {
          exact.get(v)![sense] = true;
          continue;
        }
        prog.sense = sense;
        prog.objective = [{ v: `x${v}`, c: 1 }];
        let sol = solve(h, prog);
        solves++;
        // the true table is feasible: only the node limit gets here; try harder once
        if (sol.status !== 'optimal') {
          sol = solve(h, prog, 200_000);
          solves++;
        }
        if (sol.status !== 'optimal') continue;
        witness(sol.values);
        exact.get(v)![sense] = true;
      }
    }
    for (const v of vars) {
      if (free.has(v)) continue;
      const b = best.get(v)!;
      const kind = hidden.get(v)!;
      const ok = b.max - b.min >= safetyRange(N) && exact.get(v)!.min && exact.get(v)!.max;
      const routes = ['bounds'];
      if (indicators.size > 0) routes.push(`totals (${[...indicators].sort().join(', ')})`);
      if (subsetRoutes.get(v)) routes.push('subset');
      if (model.occurrences[v]! > 1) routes.push('same people in several cells');
      ranges.push({ v, kind, size: a(v), min: b.min, max: b.max, boxed: b.max >= a(v) + box || (kind === 'secondary' && b.min <= a(v) - box), ok, routes });
    }
  }
  ranges.sort((x, y) => x.v - y.v);
  return { ranges, failures: ranges.filter((r) => !r.ok), solves };
}
