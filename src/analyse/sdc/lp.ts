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
