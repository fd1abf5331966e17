/** Column arrays of the accepted rows, filled row by row from a reused scratch row. */
import type { Layout } from './layout.js';

export class ColumnStore {
  readonly data: unknown[][];
  rows = 0;
  /** With `keep` false, rows are only counted (validation without building a table). */
  constructor(
    readonly layout: Layout,
    readonly keep: boolean = true,
  ) {
    this.data = layout.names.map(() => []);
  }

  push(row: readonly unknown[]): void {
    if (!this.keep) {
      this.rows++;
      return;
    }
    for (let i = 0; i < this.data.length; i++) this.data[i]!.push(row[i] ?? null);
    this.rows++;
  }

  column(name: string): unknown[] {
    const i = this.layout.slot.get(name);
    if (i === undefined) throw new Error(`no column ${name} in the layout`);
    return this.data[i]!;
  }
}
