/**
 * Primary and secondary suppression over the linked model (model.ts).
 *
 * Primary: a variable counting 1 … N−1 people that the bulletins publish: some cell's base `n` (a
 * count cell, the base of a share or a mean) or the numerator of a share, whatever the share ("<1 %"
 * of 400 is still 3 people); sensitive codes (marked `sensitive` on the instrument: trafficking,
 * gender-based violence, unaccompanied minors, eviction …) are protected the same way. Zero counts are published: they describe nobody, and are
 * never used as cover.
 *
 * Secondary: for each hidden value in turn, one small mixed-integer program (after Fischetti and
 * Salazar, as τ-Argus and sdcTable's protectLinkedTables do it) chooses the cheapest further cells
 * to hide such that two tables exist that agree with everything published and with every bound a
 * reader knows (counts are integers; a "<N" is 1 … N−1; a hidden cell is ≥ 1, zeros being always
 * published; a subset never exceeds its superset), one with the target at the top of its protection
 * interval and one at the bottom. Unknowns: the deviations u, d of every cell of a neighbourhood
 * of the target (cells outside it keep their value, which keeps the models small and is safe: a
 * solution of the restricted model is one of the whole) and a 0/1 choice z per published cell.
 * Cost of hiding a cell: its occurrences × (2 + log2(1 + value)) — few cells, small ones first.
 */
import type { LegacyHighs } from 'highs';
import { loadSolver, solve, type Program, type Row, type Term } from './lp.js';
import { publishedVars, subsets, type SdcModel } from './model.js';

export type Hidden = Map<number, 'primary' | 'secondary'>;

export interface ProtectOptions {
  minCell: number;
  /** Largest cell that may be hidden as cover (its row set must be kept for the subset relations). */
  maxCover: number;
  /** Variables that stay published whatever happens (never cover). */
  fixed?: ReadonlySet<number>;
}

export function primaries(model: SdcModel, minCell: number): Hidden {
  const out: Hidden = new Map();
  for (const v of model.vars) {
    // every published cell of 1 … N−1 people: a base, a count, and the numerator of a share
    // ("3 people, <1 %" tells as much as "3"), whatever its share; sensitive codes alike
    if (model.occurrences[v.id] === 0 || v.size < 1 || v.size >= minCell) continue;
    out.set(v.id, 'primary');
  }
  return out;
}

/**
 * The safety range every hidden value keeps (τ-Argus's "frequency safety range"): a reader must
 * not be able to narrow it to fewer than R + 1 possible values, R = ⌈(N − 1) / 2⌉ (3 values for
 * N = 5: a "<5" may not be pinned to {1, 2}).
 */
export function safetyRange(minCell: number): number {
  return Math.max(1, Math.ceil((minCell - 1) / 2));
}

/** How far up and down from its true value a hidden value must be able to move (together R). */
function requirement(size: number, kind: 'primary' | 'secondary', minCell: number): { up: number; down: number } {
  const r = safetyRange(minCell);
  if (kind === 'primary') {
    const up = Math.max(0, Math.min(r, minCell - 1 - size));
    const down = Math.min(size - 1, r - up);
    return { up, down };
  }
  const down = Math.min(size - 1, Math.floor(r / 2));
  return { up: r - down, down };
}

export async function protect(model: SdcModel, hidden: Hidden, targets: readonly number[], opts: ProtectOptions): Promise<number[]> {
  const h = await loadSolver();
  const failed: number[] = [];
  // what is published depends only on which variables are hidden (this loop only adds to them)
  let published = publishedVars(model, hidden, opts.fixed);
  let publishedFor = hidden.size;
  for (const p of targets) {
    const kind = hidden.get(p) ?? 'secondary';
    const req = requirement(model.vars[p]!.size, kind, opts.minCell);
    if (req.up === 0 && req.down === 0) continue;
    let done = false;
    if (hidden.size !== publishedFor) {
      published = publishedVars(model, hidden, opts.fixed);
      publishedFor = hidden.size;
    }
    // already protected by what is hidden? (a small feasibility model: no cell may be added)
    for (const [depth, maxCover, limit] of [
      [3, 0, 250],
      [2, 10 * opts.minCell, 250],
      [2, opts.maxCover, 250],
      [4, 10 * opts.minCell, 250],
      [4, opts.maxCover, 250],
      [8, opts.maxCover, 1000],
      // a wide neighbourhood: the cover may lie far along the lines (seed 5 of `bulletin sample --rows 800`)
      [12, opts.maxCover, 4000],
    ] as const) {
      const r = protectOne(h, model, hidden, published, p, req, depth, { ...opts, maxCover }, limit);
      if (r === 'infeasible') continue;
      for (const v of r.cover) if (!hidden.has(v)) hidden.set(v, 'secondary');
      // a "<N" whose upper bound N − 1 would pin the target is shown as "–" (no upper bound known)
      for (const v of r.masked) hidden.set(v, 'secondary');
      done = true;
      break;
    }
    if (!done) failed.push(p);
  }
  return failed;
}

/** The cells on a line with v, and its near subsets and supersets (which may bind within the swing). */
export function neighbours(model: SdcModel, v: number, slack: number): number[] {
  const out: number[] = [];
  for (const li of model.linesOf[v]!) out.push(...model.lines[li]!.vars);
  for (const s of subsets(model, [v], slack)) out.push(s.sub === v ? s.sup : s.sub);
  return out;
}

/** Cells within `depth` lines (or near subset relations) of p that may move (`canMove`), breadth first, at most `limit`. */
function neighbourhood(model: SdcModel, p: number, depth: number, limit: number, canMove: (v: number) => boolean, slack: number): Set<number> {
  const s = new Set<number>([p]);
  let frontier = [p];
  for (let k = 0; k < depth; k++) {
    const next: number[] = [];
    for (const v of frontier)
      for (const w of neighbours(model, v, slack))
          if (!s.has(w) && canMove(w)) {
            if (s.size >= limit) return s;
            s.add(w);
            next.push(w);
          }
    frontier = next;
  }
  return s;
}

/** The cost of showing a "<N" as "–" (less than hiding the smallest cell: 2 + log2(2) = 3). */
const MASK_COST = 0.5;

function protectOne(
  h: LegacyHighs,
  model: SdcModel,
  hidden: Hidden,
  published: ReadonlySet<number>,
  p: number,
  req: { up: number; down: number },
  depth: number,
  opts: ProtectOptions,
  limit: number,
): { cover: number[]; masked: number[] } | 'infeasible' {
  const N = opts.minCell;
  const D = Math.max(N - 1, 1);
  const a = (v: number) => model.vars[v]!.size;
  // cells that can move: the target, hidden ones, unpublished ones, and published non-zero ones small enough to cover
  const canMove = (v: number) =>
    v === p || hidden.has(v) || !published.has(v) || (a(v) >= 1 && a(v) <= opts.maxCover && model.occurrences[v]! > 0 && !opts.fixed?.has(v));
  const movable = neighbourhood(model, p, depth, limit, canMove, 2 * D + 1);
  const prog: Program = { sense: 'min', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
  const dirs: Array<{ name: string; target: number }> = [];
  if (req.up > 0) dirs.push({ name: 'u', target: req.up });
  if (req.down > 0) dirs.push({ name: 'd', target: -req.down });
  for (const v of movable) {
    const status = v === p ? 'target' : (hidden.get(v) ?? (published.has(v) ? undefined : 'free'));
    if (status === 'primary') prog.objective.push({ v: `m${v}`, c: MASK_COST });
    if (status === undefined) {
      prog.binary.add(`z${v}`);
      prog.bounds.set(`z${v}`, { lo: 0, hi: 1 });
      prog.objective.push({ v: `z${v}`, c: model.occurrences[v]! * (2 + Math.log2(1 + a(v))) });
    }
    for (const d of dirs) {
      const y = `${d.name}${v}`;
      prog.integer.add(y);
      if (status === 'target') prog.bounds.set(y, { lo: d.target, hi: d.target });
      else if (status === 'primary') {
        // A "<N" tells the reader 1 … N−1. When that upper bound binds (a "<5" margin whose hidden
        // parts are each ≥ 1: three of them add up to at most 4, so none exceeds 2), hiding more
        // cells cannot help; showing the margin as "–" instead (hidden, bound only by the lines)
        // does. m = 1 lifts the bound to a "–"'s; cheap, since the cell is hidden either way.
        prog.bounds.set(y, { lo: 1 - a(v), hi: Math.max(N - 1 - a(v), D) });
        if (D > N - 1 - a(v)) {
          prog.binary.add(`m${v}`);
          prog.bounds.set(`m${v}`, { lo: 0, hi: 1 });
          prog.rows.push({ terms: [{ v: y, c: 1 }, { v: `m${v}`, c: -(D - (N - 1 - a(v))) }], op: '<=', rhs: N - 1 - a(v) });
        }
      }
      else if (status === 'secondary') prog.bounds.set(y, { lo: Math.max(1 - a(v), -D), hi: D });
      else if (status === 'free') prog.bounds.set(y, { lo: -Math.min(a(v), D), hi: D });
      else {
        const lo = Math.min(a(v) - 1, D);
        prog.bounds.set(y, { lo: -lo, hi: D });
        prog.rows.push({ terms: [{ v: y, c: 1 }, { v: `z${v}`, c: -D }], op: '<=', rhs: 0 });
        if (lo > 0) prog.rows.push({ terms: [{ v: y, c: 1 }, { v: `z${v}`, c: lo }], op: '>=', rhs: 0 });
      }
    }
  }
  const lineIdx = new Set<number>();
  for (const v of movable) for (const li of model.linesOf[v]!) lineIdx.add(li);
  for (const li of lineIdx) {
    const l = model.lines[li]!;
    const slack = l.op === '<=' ? -l.vars.reduce((s, v, k) => s + l.coefs[k]! * a(v), 0) : 0;
    for (const d of dirs) {
      const terms: Term[] = [];
      l.vars.forEach((v, k) => {
        if (movable.has(v)) terms.push({ v: `${d.name}${v}`, c: l.coefs[k]! });
      });
      if (terms.length === 0) continue;
      prog.rows.push({ terms, op: l.op, rhs: slack } as Row);
    }
  }
  for (const s of subsets(model, movable, 2 * D + 1)) {
    const slack = a(s.sup) - a(s.sub);
    for (const d of dirs) {
      const terms: Term[] = [];
      if (movable.has(s.sub)) terms.push({ v: `${d.name}${s.sub}`, c: 1 });
      if (movable.has(s.sup)) terms.push({ v: `${d.name}${s.sup}`, c: -1 });
      if (terms.length > 0) prog.rows.push({ terms, op: '<=', rhs: slack });
    }
  }
  const sol = solve(h, prog, limit > 1000 ? 200_000 : limit > 250 ? 50_000 : 5000);
  if (sol.status !== 'optimal') return 'infeasible';
  const cover: number[] = [];
  const masked: number[] = [];
  for (const v of movable) {
    if (sol.values.get(`z${v}`) === 1) cover.push(v);
    if (sol.values.get(`m${v}`) === 1) masked.push(v);
  }
  return { cover: cover.sort((x, y) => x - y), masked: masked.sort((x, y) => x - y) };
}
