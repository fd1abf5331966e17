/**
 * Small integer programs written in CPLEX LP format and solved by HiGHS (npm `highs`, HiGHS
 * compiled to WebAssembly). One solver module is loaded per process and reused; every solve has a
 * node limit so that no model can stall a build.
 *
 * The WebAssembly is compiled once per process, by `WebAssembly.compile` of the package's bytes
 * (`preloadSolver()` starts it early, so that reading the 3.5 MB and decoding them overlap the
 * validation), and handed to the emscripten loader through its `instantiateWasm` hook instead of
 * letting the loader read and compile the file itself at the first solve. The code is the same
 * module either way: results do not change. V8 compiles each function lazily at its first call
 * (Liftoff) and the hot ones again in the background (TurboFan); none of V8's tiering flags made the
 * solves measurably cheaper on this workload (CHANGELOG: "HiGHS compiled once, early"), so none is set.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/** A compiled `WebAssembly.Module` (@types/node declares none of the WebAssembly API). */
export type WasmModule = object;
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<object>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let solver: Promise<LegacyHighs> | undefined;
let compiled: Promise<WasmModule> | undefined;

/** HiGHS's compiled WebAssembly module, compiled once per process (a module can be posted to a worker). */
export function solverModule(): Promise<WasmModule> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('highs/runtime')).then((bytes) => wasm.compile(bytes));
  return compiled;
}

/**
 * Starts compiling the solver without waiting for it (a build calls this when it starts reading
 * data that will be protected). A failure is not reported here: `loadSolver` reports it.
 */
export function preloadSolver(): void {
  solverModule().catch(() => undefined);
}

type Factory = (moduleArg: {
  instantiateWasm: (imports: object, receive: (instance: object) => void) => object;
}) => Promise<unknown>;

export function loadSolver(): Promise<LegacyHighs> {
  solver ??= Promise.all([import('highs'), solverModule()]).then(([m, module]) => {
    // the loader's hook has no error path: a failed instantiation rejects through `failed`
    let fail: (e: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    const loaded = (m.default as unknown as Factory)({
      instantiateWasm: (imports, receive) => {
        wasm.instantiate(module, imports).then(receive, fail);
        return {};
      },
    });
    return Promise.race([loaded, failed]) as Promise<LegacyHighs>;
  });
  return solver;
}

function lpText(p: Program): string {
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
