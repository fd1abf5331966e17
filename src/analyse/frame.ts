/**
 * Read access to the columns of a Dataset table for the analysis: column arrays fetched once, multi
 * questions read from their `q/opt` option columns (1 chosen, 0 not chosen, null not answered).
 */
import type { ColumnTable } from 'arquero';
import { matchesMulti, matchesValue, type Condition } from './where.js';

export const MISSING = '_missing';
export const TOTAL = '_total';

export class Frame {
  readonly numRows: number;
  private readonly cache = new Map<string, readonly unknown[]>();
  private readonly names: ReadonlySet<string>;

  /**
   * @param extra columns added to the table's (derived ones), each with one value per row.
   */
  constructor(
    readonly table: ColumnTable,
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
      a = this.names.has(name) ? (Array.from(this.table.array(name) as ArrayLike<unknown>) as unknown[]) : new Array<unknown>(this.numRows).fill(null);
      this.cache.set(name, a);
    }
    return a;
  }

  /** Whether row i chose option `opt` of multi question `q`. */
  chosen(q: string, i: number, opt: string): boolean {
    const v = this.column(`${q}/${opt}`)[i];
    return v === 1 || v === '1' || v === true;
  }

  /** Whether row i answered multi question `q` (parent not null, or any option cell not null). */
  answered(q: string, i: number): boolean {
    if (this.names.has(q)) {
      const v = this.column(q)[i];
      if (v !== null && v !== undefined && v !== '') return true;
    }
    for (const o of this.options(q)) {
      const v = this.column(`${q}/${o}`)[i];
      if (v !== null && v !== undefined && v !== '') return true;
    }
    return false;
  }

  /** The codes of a cell for grouping: one code, the chosen options of a multi, or `_missing`. */
  codes(name: string, i: number): string[] {
    if (this.isMulti(name)) {
      if (!this.answered(name, i)) return [MISSING];
      return this.options(name).filter((o) => this.chosen(name, i, o));
    }
    return [codeOf(this.column(name)[i])];
  }

  matches(c: Condition, i: number): boolean {
    if (this.isMulti(c.column)) {
      return matchesMulti(c, (o) => this.chosen(c.column, i, o), this.answered(c.column, i));
    }
    return matchesValue(c, this.column(c.column)[i]);
  }

  /** Indices of the rows meeting every condition. */
  select(conditions: readonly Condition[], rows?: readonly number[]): number[] {
    const base = rows ?? Array.from({ length: this.numRows }, (_, i) => i);
    if (conditions.length === 0) return [...base];
    return base.filter((i) => conditions.every((c) => this.matches(c, i)));
  }
}

export function codeOf(v: unknown): string {
  if (v === null || v === undefined) return MISSING;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : MISSING;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v);
  return s === '' ? MISSING : s;
}

/** A finite number from a cell, or null. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return null;
}
