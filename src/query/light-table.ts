/**
 * The table of a projected query load (query/projected-load.ts): what analyse/frame.ts reads of a
 * table (numRows, columnNames, array) without arquero. It names every column of the full Dataset
 * table, in the same order, so that a query sees the same columns; only the projected ones hold
 * values. Reading another one is a bug (the projection missed a column the query reads): it throws.
 */
import type { FrameTable } from '../analyse/frame.js';
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
}
