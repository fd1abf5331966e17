/**
 * Read access to the columns of a Dataset table for the analysis: column arrays fetched once, multi
 * questions read from their `q/opt` option columns (1 chosen, 0 not chosen, null not answered).
 *
 * Caches (the table never changes, so each is computed at most once per Frame, on first use; the
 * registry's 89 indicators read the same few columns over and over):
 * - `column`: the plain array of a column;
 * - `chosenFlags` / `answeredFlags`: a multi question's answers as one byte per row, so that the
 *   per-row tests need no `q/opt` name built and looked up for every row;
 * - `valueIds`: a variable's cells as category codes, dictionary-encoded to integers (disaggregate.ts
 *   compares integers, not strings, for every category of every group);
 * - `encoded`: a grouping dimension dictionary-encoded to integers (encoded.ts).
 * Both read a column from Arrow through Arquero's own dictionary keys (one code per distinct value).
 */
import type { ColumnTable } from '../model/arquero.js';
import type { Condition } from './where.js';
import { filterRows } from './filter-rows.js';
import { encodeCells, encodeDim, type EncodedDim, type KeyedColumn } from './encoded.js';

/** What a Frame reads of its table (an Arquero ColumnTable). */
export type FrameTable = ColumnTable;

export const MISSING = '_missing';
export const TOTAL = '_total';

export class Frame {
  readonly numRows: number;
  private readonly cache = new Map<string, readonly unknown[]>();
  private readonly chosenCache = new Map<string, Uint8Array>();
  private readonly answeredCache = new Map<string, Uint8Array>();
  private readonly encodedCache = new Map<string, EncodedDim>();
  private readonly valueIdCache = new Map<string, EncodedDim>();
  private readonly names: ReadonlySet<string>;

  /**
   * @param extra columns added to the table's (derived ones), each with one value per row.
   */
  constructor(
    readonly table: FrameTable,
    readonly multi: Readonly<Record<string, readonly string[]>>,
    extra: Readonly<Record<string, readonly unknown[]>> = {},
  ) {
    this.numRows = table.numRows();
    this.names = new Set([...table.columnNames(), ...Object.keys(extra)]);
    for (const [name, values] of Object.entries(extra)) this.cache.set(name, values);
  }

  has(name: string): boolean {
    return this.names.has(name) || this.isMulti(name);
  }

  columnNames(): string[] {
    return [...this.names];
  }

  isMulti(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.multi, name);
  }

  options(name: string): readonly string[] {
    return this.multi[name] ?? [];
  }

  column(name: string): readonly unknown[] {
    let a = this.cache.get(name);
    if (!a) {
      const values = this.names.has(name) ? this.ownArray(name) ?? (this.table.array(name) as ArrayLike<unknown>) : undefined;
      a = values === undefined ? new Array<unknown>(this.numRows).fill(null) : Array.isArray(values) ? (values as unknown[]) : Array.from(values);
      this.cache.set(name, a);
    }
    return a;
  }

  /**
   * The table's own array of a column, when it is one value per row in row order (a table built
   * from arrays, neither filtered nor ordered): read in place, not copied cell by cell as
   * `table.array` does. Never modified (the Frame's columns are read-only).
   */
  private ownArray(name: string): readonly unknown[] | undefined {
    if (this.table.isFiltered() || this.table.isOrdered() || !this.table.columnNames().includes(name)) return undefined;
    const col: unknown = this.table.column(name);
    return Array.isArray(col) && col.length === this.numRows ? (col as unknown[]) : undefined;
  }

  /** Per row: 1 when option `opt` of multi question `q` was chosen (cell 1, '1' or true), else 0. */
  chosenFlags(q: string, opt: string): Uint8Array {
    const name = `${q}/${opt}`;
    let f = this.chosenCache.get(name);
    if (!f) {
      const col = this.column(name);
      f = new Uint8Array(this.numRows);
      for (let i = 0; i < this.numRows; i++) {
        const v = col[i];
        if (v === 1 || v === '1' || v === true) f[i] = 1;
      }
      this.chosenCache.set(name, f);
    }
    return f;
  }

  /** Per row: 1 when multi question `q` was answered (parent or any option cell not null/empty), else 0. */
  answeredFlags(q: string): Uint8Array {
    let f = this.answeredCache.get(q);
    if (!f) {
      f = new Uint8Array(this.numRows);
      const cols = [...(this.names.has(q) ? [this.column(q)] : []), ...this.options(q).map((o) => this.column(`${q}/${o}`))];
      for (const col of cols) {
        for (let i = 0; i < this.numRows; i++) {
          const v = col[i];
          if (v !== null && v !== undefined && v !== '') f[i] = 1;
        }
      }
      this.answeredCache.set(q, f);
    }
    return f;
  }

  /** A column's cells as category codes (valueCodeOf), dictionary-encoded: the code of row i is `labels[ids[i]]`. */
  valueIds(name: string): EncodedDim {
    let e = this.valueIdCache.get(name);
    if (!e) {
      e = encodeCells(this.cells(name), valueCodeOf);
      this.valueIdCache.set(name, e);
    }
    return e;
  }

  /** A grouping dimension (its `codes` for every row) dictionary-encoded to integers. */
  encoded(name: string): EncodedDim {
    let e = this.encodedCache.get(name);
    if (!e) {
      e = this.isMulti(name) ? encodeDim(this.numRows, (i) => this.codes(name, i)) : encodeCells(this.cells(name), codeOf);
      this.encodedCache.set(name, e);
    }
    return e;
  }

  /** A column to encode: Arquero's own dictionary keys when it has them (a column read from Arrow), else its values. */
  private cells(name: string): ArrayLike<unknown> | KeyedColumn {
    if (!this.cache.has(name) && this.table.columnNames().includes(name)) {
      type Keys = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
      const col = this.table.column(name) as { groups?: (names: string[]) => { keys: Keys; get: ((k: number) => unknown)[]; size: number } };
      if (typeof col.groups === 'function' && !this.table.isFiltered() && !this.table.isOrdered()) {
        const { keys, get, size } = col.groups([name]);
        const at = get[0];
        // the keys of one Arrow batch may run past the last row (padding)
        if (at !== undefined && keys.length >= this.numRows) return { keys: keys.subarray(0, this.numRows), get: at, size };
      }
    }
    return this.column(name);
  }

  /** The codes of a cell for grouping: one code, the chosen options of a multi, or `_missing`. */
  codes(name: string, i: number): string[] {
    if (this.isMulti(name)) {
      if (this.answeredFlags(name)[i] !== 1) return [MISSING];
      return this.options(name).filter((o) => this.chosenFlags(name, o)[i] === 1);
    }
    return [codeOf(this.column(name)[i])];
  }

  /** Indices of the rows meeting every condition (Arquero filters, filter-rows.ts), within `rows` when given. */
  select(conditions: readonly Condition[], rows?: readonly number[]): number[] {
    if (conditions.length === 0) return rows ? [...rows] : allRows(this.numRows);
    const extra: Record<string, readonly unknown[]> = {};
    const read = (c: Condition) => {
      const name = c.column;
      if (this.isMulti(name)) {
        const list = `${name}\u0000chosen`; // a name no header can have (control characters are refused there)
        extra[list] ??= Array.from({ length: this.numRows }, (_, i) => (this.answeredFlags(name)[i] === 1 ? this.codes(name, i) : null));
        return { name: list, multi: true };
      }
      if (!this.names.has(name)) return undefined;
      if (!this.table.columnNames().includes(name)) extra[name] ??= this.column(name);
      return { name, multi: false };
    };
    const cols = conditions.map(read);
    const t = Object.keys(extra).length > 0 ? this.table.assign(extra) : this.table;
    const keep = filterRows(t, conditions, (c) => cols[conditions.indexOf(c)]);
    if (!rows) return Array.from(keep);
    const hit = new Uint8Array(this.numRows);
    for (const i of keep) hit[i] = 1;
    return rows.filter((i) => hit[i] === 1);
  }
}

/**
 * 0 … n − 1. A counted loop into an array of that length: `Array.from({ length }, fn)` calls `fn`
 * through the iteration protocol and took 9–23 ms for 100,000 rows in a process that had just
 * started (a warm query), this 2–4 ms.
 */
function allRows(n: number): number[] {
  const rows = new Array<number>(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

function codeOf(v: unknown): string {
  if (v === null || v === undefined) return MISSING;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : MISSING;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v);
  return s === '' ? MISSING : s;
}

/**
 * The category code of a variable's cell: `_missing` for null, empty or a non-finite number, else
 * the text (unlike codeOf, a boolean stays `true` / `false`).
 */
export function valueCodeOf(v: unknown): string {
  if (v === null || v === undefined || v === '') return MISSING;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : MISSING;
  return String(v);
}

/** A finite number from a cell, or null. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return null;
}
