/**
 * Small-count suppression (statistical disclosure control) of one indicator's result table.
 *
 * Primary: a count cell whose count is 1 … minCell−1, and every cell of a group (share, mean,
 * quantile, …) whose unweighted base n is 1 … minCell−1. Zero counts are published (they describe
 * nobody); a group with n = 0 has no value anyway.
 *
 * Secondary: the table's additive lines are its margins — along each dimension, the cells that
 * differ only in that dimension add up to the `_total` cell (and, for single-choice counts, the
 * categories of a group add up to the group's total row). Wherever a line holds exactly one hidden
 * cell, the smallest other non-zero cell of the line is hidden too (inner cells before the total),
 * until a fixed point. Then an exact check: a hidden cell whose value follows from the published
 * cells through the margin equations (linear algebra on the system, which also catches chains of
 * lines that "two per line" misses) has one more cell of its lines hidden, and the loop repeats.
 * The check treats values as real numbers (it does not use that counts are ≥ 0).
 *
 * Hidden rows keep their key and dims: `value` null, `n` 0, no `count`, intervals null, and
 * `suppressed: 'primary' | 'secondary'`.
 */
import type { ResultRow } from './result.js';
import { TOTAL } from './frame.js';

interface Cell {
  coords: string[];
  size: number;
  hidden: 'primary' | 'secondary' | null;
  rows: ResultRow[];
}

export function suppress(rows: readonly ResultRow[], minCell: number): ResultRow[] {
  if (!(minCell > 0) || rows.length === 0) return [...rows];
  const byIndicator = new Map<string, ResultRow[]>();
  for (const r of rows) {
    const list = byIndicator.get(r.indicator) ?? [];
    list.push(r);
    byIndicator.set(r.indicator, list);
  }
  const hidden = new Map<ResultRow, 'primary' | 'secondary'>();
  for (const table of byIndicator.values()) for (const [r, h] of suppressTable(table, minCell)) hidden.set(r, h);
  return rows.map((r) => {
    const h = hidden.get(r);
    if (!h) return r;
    const out: ResultRow = { ...r, value: null, n: 0, suppressed: h };
    delete out.count;
    if ('ci_low' in r) out.ci_low = null;
    if ('ci_high' in r) out.ci_high = null;
    return out;
  });
}

/** Count cells: one row per cell. Otherwise the cell is the group (all rows with the same dims). */
function isCountTable(rows: readonly ResultRow[]): boolean {
  return rows.every((r) => r.stat === 'count' && r.count !== undefined);
}

function suppressTable(rows: readonly ResultRow[], minCell: number): Map<ResultRow, 'primary' | 'secondary'> {
  const dims = Object.keys(rows[0]?.dims ?? {}).sort();
  const count = isCountTable(rows);
  const withCategory = count && rows.some((r) => r.category !== undefined);
  const axes = withCategory ? [...dims, '\u0000category'] : dims;
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const coords = dims.map((d) => r.dims[d] as string);
    if (withCategory) coords.push(r.category ?? TOTAL);
    const key = coords.join('\u0001');
    const cell = cells.get(key);
    if (cell) {
      cell.rows.push(r);
      cell.size = Math.max(cell.size, r.n);
    } else cells.set(key, { coords, size: r.n, hidden: null, rows: [r] });
  }
  for (const c of cells.values()) if (c.size > 0 && c.size < minCell) c.hidden = 'primary';
  const lines = linesOf([...cells.values()], axes.length);
  protect([...cells.values()], lines);
  const out = new Map<ResultRow, 'primary' | 'secondary'>();
  for (const c of cells.values()) if (c.hidden) for (const r of c.rows) out.set(r, c.hidden);
  return out;
}

interface Line {
  inner: Cell[];
  margin: Cell;
}

/** Every additive line: cells equal but in one axis, whose `_total` cell is present. */
function linesOf(cells: readonly Cell[], nAxes: number): Line[] {
  const lines: Line[] = [];
  for (let a = 0; a < nAxes; a++) {
    const groups = new Map<string, Cell[]>();
    for (const c of cells) {
      const k = c.coords.filter((_, i) => i !== a).join('\u0001');
      const g = groups.get(k) ?? [];
      g.push(c);
      groups.set(k, g);
    }
    for (const g of groups.values()) {
      const margin = g.find((c) => c.coords[a] === TOTAL);
      const inner = g.filter((c) => c.coords[a] !== TOTAL);
      if (margin && inner.length > 0) lines.push({ inner, margin });
    }
  }
  return lines;
}

function keyOf(c: Cell): string {
  return c.coords.join('\u0001');
}

/** The smallest visible cell of a line: non-zero inner cells first, then zero ones, then the margin. */
function complement(line: Line): Cell | undefined {
  const visible = line.inner.filter((c) => !c.hidden);
  const byRank = (c: Cell) => (c.size > 0 ? 0 : 1);
  visible.sort((x, y) => byRank(x) - byRank(y) || x.size - y.size || (keyOf(x) < keyOf(y) ? -1 : 1));
  if (visible[0]) return visible[0];
  return line.margin.hidden ? undefined : line.margin;
}

function protect(cells: readonly Cell[], lines: readonly Line[]): void {
  if (!cells.some((c) => c.hidden)) return;
  for (let guard = 0; guard < cells.length + 1; guard++) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        const all = [...line.inner, line.margin];
        if (all.filter((c) => c.hidden).length === 1) {
          const c = complement(line);
          if (c) {
            c.hidden = 'secondary';
            changed = true;
          }
        }
      }
    }
    const exposed = determined(cells, lines);
    if (exposed.length === 0) return;
    // hide one more cell in a line through the first exposed cell, then run the line rule again
    const x = exposed[0] as Cell;
    const candidates = lines.filter((l) => l.margin === x || l.inner.includes(x)).map(complement).filter((c): c is Cell => c !== undefined);
    candidates.sort((p, q) => p.size - q.size || (keyOf(p) < keyOf(q) ? -1 : 1));
    const pick = candidates[0];
    if (!pick) return; // every cell of its lines is hidden already: nothing left to hide
    pick.hidden = 'secondary';
  }
}

/**
 * Hidden cells whose value follows from the published ones: unknowns = hidden cells; each line
 * gives Σ inner − margin = known. A cell is determined iff its unit vector lies in the row space,
 * i.e. after reduction to row echelon form its column is a pivot whose row has no other non-zero.
 */
function determined(cells: readonly Cell[], lines: readonly Line[]): Cell[] {
  const hidden = cells.filter((c) => c.hidden);
  const index = new Map(hidden.map((c, i) => [c, i]));
  const m = hidden.length;
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(m).fill(0);
    let any = false;
    for (const c of line.inner) {
      const i = index.get(c);
      if (i !== undefined) {
        row[i] = 1;
        any = true;
      }
    }
    const j = index.get(line.margin);
    if (j !== undefined) {
      row[j] = -1;
      any = true;
    }
    if (any) rows.push(row);
  }
  const pivotRow = rref(rows, m);
  const out: Cell[] = [];
  pivotRow.forEach((r, col) => {
    if (r === undefined) return;
    const row = rows[r] as number[];
    if (row.every((v, k) => k === col || Math.abs(v) < 1e-9)) out.push(hidden[col] as Cell);
  });
  return out;
}

/** Reduced row echelon form in place; returns, per column, the row of its pivot. */
function rref(rows: number[][], m: number): (number | undefined)[] {
  const pivotRow: (number | undefined)[] = new Array(m).fill(undefined);
  let r = 0;
  for (let col = 0; col < m && r < rows.length; col++) {
    let best = -1;
    for (let i = r; i < rows.length; i++) if (Math.abs((rows[i] as number[])[col] as number) > 1e-9 && (best < 0 || Math.abs((rows[i] as number[])[col] as number) > Math.abs((rows[best] as number[])[col] as number))) best = i;
    if (best < 0) continue;
    [rows[r], rows[best]] = [rows[best] as number[], rows[r] as number[]];
    const pr = rows[r] as number[];
    const pv = pr[col] as number;
    for (let k = 0; k < m; k++) pr[k] = (pr[k] as number) / pv;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i] as number[];
      const f = row[col] as number;
      if (Math.abs(f) < 1e-12) continue;
      for (let k = 0; k < m; k++) row[k] = (row[k] as number) - f * (pr[k] as number);
    }
    pivotRow[col] = r;
    r++;
  }
  return pivotRow;
}
