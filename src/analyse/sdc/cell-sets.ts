/**
 * The people behind every published number, as sets of row indices, each distinct set interned
 * once: two cells of different indicators (a sex table's total, the methodology box's interviews,
 * a narrative's "11 minors" in two paragraphs) that count the same rows are one variable of the
 * disclosure model, whatever their labels. Equality is by size and two independent 32-bit hashes
 * of the sorted indices; the indices themselves are kept for sets of up to `keepUpTo` rows, which
 * are compared exactly and used for the subset relations (a subset never exceeds its superset).
 */

export interface CellVar {
  id: number;
  /** Number of rows: the true count. */
  size: number;
  /** The sorted row indices, when size ≤ keepUpTo. */
  rows: Int32Array | null;
  /** Declared sensitive (a sensitive code in the cell's category, dimension or population). */
  sensitive: boolean;
}

export class CellSets {
  readonly vars: CellVar[] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(readonly keepUpTo = 4000) {}

  /** The variable of this set of rows (ascending or not). */
  intern(rows: readonly number[], sensitive: boolean): number {
    const sorted = isAscending(rows) ? rows : [...rows].sort((a, b) => a - b);
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (const i of sorted) {
      h1 = Math.imul(h1 ^ i, 0x01000193);
      h2 = Math.imul(h2 ^ (i + 0x5bd1e995), 0x5bd1e995) ^ (h2 >>> 15);
    }
    const key = `${sorted.length}:${h1 >>> 0}:${h2 >>> 0}`;
    const same = this.byKey.get(key);
    if (same) {
      for (const id of same) {
        const v = this.vars[id]!;
        if (v.rows === null || equalRows(v.rows, sorted)) {
          v.sensitive ||= sensitive;
          return id;
        }
      }
    }
    const id = this.vars.length;
    this.vars.push({ id, size: sorted.length, rows: sorted.length <= this.keepUpTo ? Int32Array.from(sorted) : null, sensitive });
    if (same) same.push(id);
    else this.byKey.set(key, [id]);
    return id;
  }
}

/** Whether every row of `a` is in `b` (both sorted). */
export function isSubset(a: Int32Array, b: Int32Array): boolean {
  if (a.length > b.length) return false;
  let j = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    while (j < b.length && b[j]! < x) j++;
    if (j === b.length || b[j] !== x) return false;
    j++;
  }
  return true;
}

function isAscending(rows: readonly number[]): boolean {
  for (let k = 1; k < rows.length; k++) if (rows[k]! <= rows[k - 1]!) return false;
  return true;
}

function equalRows(a: Int32Array, b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
