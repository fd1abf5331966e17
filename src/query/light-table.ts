/**
 * The table of a projected query load (query/projected-load.ts): what analyse/frame.ts reads of a
 * table (numRows, columnNames, array) without arquero. It names every column of the full Dataset
 * table, in the same order, so that a query sees the same columns; only the projected ones hold
 * values. Reading another one is a bug (the projection missed a column the query reads): it throws.
 */
import { MISSING, type FrameTable } from '../analyse/frame.js';
import type { EncodedDim } from '../analyse/encoded.js';
import { columnValues, type TypedColumn } from './typed-column.js';

export class LightTable implements FrameTable {
  private readonly decoded = new Map<string, unknown[]>();

  constructor(
    readonly rows: number,
    /** Every column name of the full table, in its order. */
    readonly names: readonly string[],
    /** The projected columns. */
    readonly columns: ReadonlyMap<string, TypedColumn>,
  ) {}

  numRows(): number {
    return this.rows;
  }

  columnNames(): string[] {
    return [...this.names];
  }

  array(name: string): unknown[] {
    let a = this.decoded.get(name);
    if (!a) {
      const c = this.columns.get(name);
      if (!c) throw new Error(`column ${name} was not loaded by the query's projection`);
      a = columnValues(c);
      this.decoded.set(name, a);
    }
    return a;
  }

  /**
   * A text column's codes as analyse/encoded.ts encodeValues gives them (null → `_missing`, ids in
   * first-seen order), from its dictionary indices without a string per row; undefined otherwise.
   */
  encode(name: string): EncodedDim | undefined {
    const c = this.columns.get(name);
    // (a cell '' or '_missing' would share its code with null: left to the Frame)
    if (!c || c.kind !== 'text' || c.dict.includes('', 1) || c.dict.includes(MISSING)) return undefined;
    const n = c.length;
    const remap = new Int32Array(c.dict.length).fill(-1);
    const labels: string[] = [];
    const ids = new Int32Array(n);
    const starts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const d = c.ids[i]!;
      let id = remap[d]!;
      if (id < 0) {
        id = labels.length;
        remap[d] = id;
        labels.push(d === 0 ? MISSING : c.dict[d]!);
      }
      ids[i] = id;
      starts[i] = i;
    }
    starts[n] = n;
    return { labels, starts, ids };
  }
}
