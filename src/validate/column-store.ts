/**
 * Column arrays of the accepted rows, filled row by row from a reused scratch row: every column of
 * the layout, or only the `collect`ed ones (a query's projection, query/projection.ts).
 */
import type { Layout } from './layout.js';

export class ColumnStore {
  readonly data: unknown[][];
  rows = 0;
  private readonly slots: number[];
  private readonly at: ReadonlyMap<string, number>;

  /**
   * @param keep false: rows are only counted (validation without building a table)
   * @param collect the layout columns kept (default: all of them, in layout order)
   */
  constructor(
    readonly layout: Layout,
    readonly keep: boolean = true,
    collect: readonly string[] = layout.names,
  ) {
    this.slots = collect.map((n) => {
      const s = layout.slot.get(n);
      if (s === undefined) throw new Error(`no column ${n} in the layout`);
      return s;
    });
    this.at = new Map(collect.map((n, k) => [n, k]));
    this.data = collect.map(() => []);
  }

  push(row: readonly unknown[]): void {
    if (!this.keep) {
      this.rows++;
      return;
    }
    for (let k = 0; k < this.slots.length; k++) this.data[k]!.push(row[this.slots[k]!] ?? null);
    this.rows++;
  }

  has(name: string): boolean {
    return this.at.has(name);
  }

  column(name: string): unknown[] {
    const k = this.at.get(name);
    if (k === undefined) throw new Error(`no column ${name} in the store`);
    return this.data[k]!;
  }
}
