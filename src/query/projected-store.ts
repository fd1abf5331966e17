/** The accepted rows of a projected load: the collected layout columns only (typed-column.ts). */
import type { Layout } from '../validate/layout.js';
import type { RowSink } from '../validate/validate-file.js';
import { ColumnBuilder, columnValues, type TypedColumn } from './typed-column.js';

export class ProjectedStore implements RowSink {
  rows = 0;
  readonly builders: ColumnBuilder[];
  private readonly slots: number[];

  constructor(
    readonly layout: Layout,
    readonly collect: readonly string[],
  ) {
    this.slots = collect.map((n) => {
      const s = layout.slot.get(n);
      if (s === undefined) throw new Error(`no column ${n} in the layout`);
      return s;
    });
    this.builders = collect.map(() => new ColumnBuilder());
  }

  push(row: readonly unknown[]): void {
    for (let k = 0; k < this.slots.length; k++) this.builders[k]!.add(row[this.slots[k]!]);
    this.rows++;
  }

  /** Appends the rows of another store's columns (aligned with `collect`), in order. */
  append(rows: number, columns: readonly TypedColumn[]): void {
    columns.forEach((c, k) => {
      const b = this.builders[k]!;
      for (const v of columnValues(c)) b.add(v);
    });
    this.rows += rows;
  }

  finish(): TypedColumn[] {
    return this.builders.map((b) => b.finish());
  }
}
