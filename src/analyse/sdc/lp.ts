/**
 * Small integer programs written in CPLEX LP format and solved by HiGHS (npm `highs`, HiGHS
 * compiled to WebAssembly). One solver module is loaded per process and reused; every solve has a
 * time limit so that no model can stall a build.
 */
import type { LegacyHighs } from 'highs';

export interface Term {
  v: string;
  c: number;
}

export interface Row {
  terms: Term[];
  op: '=' | '<=' | '>=';
  rhs: number;
}

export interface Program {
  sense: 'min' | 'max';
  objective: Term[];
  rows: Row[];
  /** Bounds of every variable (all variables must be listed). */
  bounds: Map<string, { lo: number; hi: number }>;
  integer: Set<string>;
  binary: Set<string>;
}

export interface Solution {
  status: 'optimal' | 'infeasible' | 'other';
  objective: number;
  values: Map<string, number>;
}

let solver: Promise<LegacyHighs> | undefined;

export function loadSolver(): Promise<LegacyHighs> {
  solver ??= import('highs').then(async (m) => (await (m.default as unknown as () => Promise<unknown>)()) as LegacyHighs);
  return solver;
}

export function lpText(p: Program): string {
  const out: string[] = [p.sense === 'min' ? 'Minimize' : 'Maximize', ` obj: ${expr(p.objective) || '0 dummy'}`, 'Subject To'];
  p.rows.forEach((r, k) => out.push(` c${k}: ${expr(r.terms)} ${r.op} ${num(r.rhs)}`));
  out.push('Bounds');
  for (const [v, b] of p.bounds) out.push(` ${num(b.lo)} <= ${v} <= ${num(b.hi)}`);
  if (p.objective.length === 0) out.push(' dummy = 0');
  if (p.integer.size > 0) out.push('General', ` ${[...p.integer].join(' ')}`);
  if (p.binary.size > 0) out.push('Binary', ` ${[...p.binary].join(' ')}`);
  out.push('End');
  return `${out.join('\n')}\n`;
}

function expr(terms: readonly Term[]): string {
  let s = '';
  for (const t of terms) {
    if (t.c === 0) continue;
    const sign = t.c < 0 ? '-' : s === '' ? '' : '+';
    const mag = Math.abs(t.c) === 1 ? '' : `${num(Math.abs(t.c))} `;
    s += `${s === '' ? '' : ' '}${sign}${sign && s !== '' ? ' ' : ''}${mag}${t.v}`;
  }
  return s;
}

function num(x: number): string {
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return Number.isInteger(x) ? String(x) : x.toPrecision(15);
}

/**
 * Solves with a node limit (deterministic, unlike a time limit: the same inputs give the same
 * suppression on any machine); a model that reaches it counts as not solved.
 */
export function solve(h: LegacyHighs, p: Program, maxNodes = 5000): Solution {
  const r = h.solve(lpText(p), { output_flag: false, mip_max_nodes: maxNodes, mip_rel_gap: 0, threads: 1 } as Parameters<LegacyHighs['solve']>[1]);
  const values = new Map<string, number>();
  const status = r.Status === 'Optimal' ? 'optimal' : r.Status === 'Infeasible' ? 'infeasible' : 'other';
  if (status === 'optimal') for (const [k, c] of Object.entries(r.Columns)) values.set(k, Math.round((c as { Primal: number }).Primal));
  return { status, objective: status === 'optimal' ? r.ObjectiveValue : NaN, values };
}

/**
 * A program's rows over integer-indexed variables with integer domains, for bound propagation
 * (null when some variable, coefficient or right-hand side is not integer).
 */
interface Compiled {
  names: string[];
  lo: Float64Array;
  hi: Float64Array;
  rows: Array<{ vars: Int32Array; coefs: Float64Array; le: boolean; ge: boolean; rhs: number }>;
  /** Rows through each variable. */
  rowsOf: number[][];
}

const EPS = 1e-9;

function compile(p: Program): Compiled | null {
  const index = new Map<string, number>();
  const names: string[] = [];
  const los: number[] = [];
  const his: number[] = [];
  const rows: Compiled['rows'] = [];
  for (const r of p.rows) {
    if (!Number.isInteger(r.rhs)) return null;
    const vars: number[] = [];
    const coefs: number[] = [];
    for (const t of r.terms) {
      if (!p.integer.has(t.v) && !p.binary.has(t.v)) return null;
      if (!Number.isInteger(t.c)) return null;
      if (t.c === 0) continue;
      let i = index.get(t.v);
      if (i === undefined) {
        i = names.length;
        index.set(t.v, i);
        names.push(t.v);
        const b = p.bounds.get(t.v);
        const bin = p.binary.has(t.v);
        const l = b?.lo ?? 0;
        const h = b?.hi ?? (bin ? 1 : Infinity);
        los.push(Math.ceil((bin ? Math.max(0, l) : l) - EPS));
        his.push(Math.floor((bin ? Math.min(1, h) : h) + EPS));
      }
      vars.push(i);
      coefs.push(t.c);
    }
    rows.push({ vars: Int32Array.from(vars), coefs: Float64Array.from(coefs), le: r.op !== '>=', ge: r.op !== '<=', rhs: r.rhs });
  }
  const rowsOf: number[][] = names.map(() => []);
  rows.forEach((r, k) => {
    for (const v of r.vars) rowsOf[v]!.push(k);
  });
  return { names, lo: Float64Array.from(los), hi: Float64Array.from(his), rows, rowsOf };
}

/**
 * What bound propagation settles about a program before any solver runs: 'infeasible' when it
 * proves there is no integer solution; with `tryZero`, 'zero' when it finds a solution of
 * objective 0 of a minimisation whose objective terms all cost something on variables bounded
 * below by 0 (then 0 is the optimum, and every optimal solution, whichever a solver returns, has
 * those variables at 0); else null, which proves nothing.
 *
 * Exact: every variable is integer (`integer` or `binary`) and every coefficient and right-hand
 * side an integer, so each tightened bound is rounded inwards with a tolerance that only ever
 * loosens it; the zero-cost solution is searched depth first with propagation, within `maxNodes`
 * assignments, and checked against every row and bound before it counts. Variables without
 * bounds are 0 … ∞ (LP format).
 */
export function settledByBounds(p: Program, tryZero: boolean, maxNodes = 100): 'infeasible' | 'zero' | null {
  const c = compile(p);
  if (c === null) return null;
  if (!propagate(c, c.lo, c.hi, null)) return 'infeasible';
  if (!tryZero || p.sense !== 'min' || p.objective.length === 0) return null;
  const index = new Map(c.names.map((n, i) => [n, i]));
  const fixed: number[] = [];
  for (const t of p.objective) {
    const b = p.bounds.get(t.v);
    if (!(t.c > 0) || !(p.integer.has(t.v) || p.binary.has(t.v)) || b === undefined || b.lo !== 0 || b.hi < 0) return null;
    const i = index.get(t.v);
    if (i !== undefined) {
      c.hi[i] = 0;
      fixed.push(i);
    }
  }
  let nodes = 0;
  const search = (lo: Float64Array, hi: Float64Array, changed: number[]): Float64Array | null => {
    if (!propagate(c, lo, hi, changed)) return null;
    let pick = -1;
    let width = Infinity;
    for (let i = 0; i < lo.length; i++) {
      const w = hi[i]! - lo[i]!;
      if (w > 0 && w < width) {
        width = w;
        pick = i;
      }
    }
    if (pick < 0) return lo;
    if (!Number.isFinite(width)) return null;
    // values nearest 0 first (the deviations of a table that changes little)
    const values: number[] = [];
    for (let x = lo[pick]!; x <= hi[pick]!; x++) values.push(x);
    values.sort((x, y) => Math.abs(x) - Math.abs(y) || x - y);
    for (const x of values) {
      if (++nodes > maxNodes) return null;
      const l2 = lo.slice();
      const h2 = hi.slice();
      l2[pick] = x;
      h2[pick] = x;
      const r = search(l2, h2, [pick]);
      if (r) return r;
    }
    return null;
  };
  const found = search(c.lo.slice(), c.hi.slice(), fixed);
  if (!found) return null;
  const values = new Map<string, number>();
  for (const [v, b] of p.bounds) values.set(v, b.lo <= 0 && b.hi >= 0 ? 0 : Number.isFinite(b.lo) ? Math.ceil(b.lo) : Math.floor(b.hi));
  c.names.forEach((v, i) => values.set(v, found[i]!));
  for (const t of p.objective) values.set(t.v, 0);
  return satisfies(p, values) ? 'zero' : null;
}

/** Whether the values meet every bound, integrality and row of the program (exactly, in integers). */
function satisfies(p: Program, values: ReadonlyMap<string, number>): boolean {
  const at = (v: string) => values.get(v) ?? 0;
  for (const [v, b] of p.bounds) {
    const x = at(v);
    if (!Number.isInteger(x) || x < b.lo || x > b.hi) return false;
  }
  for (const v of [...p.integer, ...p.binary]) if (!Number.isInteger(at(v))) return false;
  for (const v of p.binary) if (at(v) !== 0 && at(v) !== 1) return false;
  for (const r of p.rows) {
    let act = 0;
    for (const t of r.terms) act += t.c * at(t.v);
    if (r.op === '<=' ? act > r.rhs : r.op === '>=' ? act < r.rhs : act !== r.rhs) return false;
  }
  return true;
}

/**
 * Bound propagation (lo, hi narrowed in place), row by row from a work list: all rows, or those
 * through the variables `changed`; false when a domain empties or a row cannot be met.
 */
function propagate(c: Compiled, lo: Float64Array, hi: Float64Array, changed: number[] | null, maxVisits = 50_000): boolean {
  for (let i = 0; i < lo.length; i++) if (lo[i]! > hi[i]!) return false;
  const queued = new Uint8Array(c.rows.length);
  const queue: number[] = [];
  const push = (k: number) => {
    if (queued[k]) return;
    queued[k] = 1;
    queue.push(k);
  };
  if (changed === null) for (let k = 0; k < c.rows.length; k++) push(k);
  else for (const v of changed) for (const k of c.rowsOf[v]!) push(k);
  let mins = new Float64Array(64);
  let maxs = new Float64Array(64);
  for (let head = 0; head < queue.length && head < maxVisits; head++) {
    const k = queue[head]!;
    queued[k] = 0;
    const r = c.rows[k]!;
    const n = r.vars.length;
    // each term's smallest and largest contribution under the bounds at the start of the row
    // (bounds only narrow, so using them for the others below stays valid), and the row's totals
    if (mins.length < n) {
      mins = new Float64Array(2 * n);
      maxs = new Float64Array(2 * n);
    }
    let minAct = 0;
    let maxAct = 0;
    let minInf = 0;
    let maxInf = 0;
    for (let j = 0; j < n; j++) {
      const a = r.coefs[j]!;
      const v = r.vars[j]!;
      mins[j] = a > 0 ? a * lo[v]! : a * hi[v]!;
      maxs[j] = a > 0 ? a * hi[v]! : a * lo[v]!;
      if (Number.isFinite(mins[j])) minAct += mins[j]!;
      else minInf++;
      if (Number.isFinite(maxs[j])) maxAct += maxs[j]!;
      else maxInf++;
    }
    if (r.le && minInf === 0 && minAct > r.rhs + EPS) return false;
    if (r.ge && maxInf === 0 && maxAct < r.rhs - EPS) return false;
    for (let j = 0; j < n; j++) {
      const a = r.coefs[j]!;
      const v = r.vars[j]!;
      const ownMin = mins[j]!;
      const ownMax = maxs[j]!;
      let moved = false;
      // a·x ≤ rhs − (the others' smallest activity)
      if (r.le && minInf - (Number.isFinite(ownMin) ? 0 : 1) === 0) {
        const cap = (r.rhs - (minAct - (Number.isFinite(ownMin) ? ownMin : 0))) / a;
        if (a > 0) {
          const to = Math.floor(cap + EPS);
          if (to < hi[v]!) {
            hi[v] = to;
            moved = true;
          }
        } else {
          const to = Math.ceil(cap - EPS);
          if (to > lo[v]!) {
            lo[v] = to;
            moved = true;
          }
        }
      }
      // a·x ≥ rhs − (the others' largest activity)
      if (r.ge && maxInf - (Number.isFinite(ownMax) ? 0 : 1) === 0) {
        const floor = (r.rhs - (maxAct - (Number.isFinite(ownMax) ? ownMax : 0))) / a;
        if (a > 0) {
          const to = Math.ceil(floor - EPS);
          if (to > lo[v]!) {
            lo[v] = to;
            moved = true;
          }
        } else {
          const to = Math.floor(floor + EPS);
          if (to < hi[v]!) {
            hi[v] = to;
            moved = true;
          }
        }
      }
      if (moved) {
        if (lo[v]! > hi[v]!) return false;
        for (const k2 of c.rowsOf[v]!) if (k2 !== k) push(k2);
      }
    }
  }
  return true;
}
