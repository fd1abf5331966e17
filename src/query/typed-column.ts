/**
 * Columns of a projected query load, kept compactly as they are filled row by row: text as
 * indices into a dictionary of distinct values (first-seen order, index 0 = null), numbers in a
 * Float64Array (NaN = null: validated numbers are always finite), a column of nulls only as its
 * length. A column that mixes text and numbers (none does in a Dataset) falls back to a plain array.
 * `values()` gives the plain array a Dataset table would hold (null for missing).
 */

export type TypedColumn =
  | { kind: 'null'; length: number }
  | { kind: 'text'; length: number; ids: Uint8Array | Uint16Array | Uint32Array; dict: string[] }
  | { kind: 'num'; length: number; values: Float64Array }
  | { kind: 'mixed'; length: number; values: unknown[] };

export class ColumnBuilder {
  private kind: TypedColumn['kind'] = 'null';
  private length = 0;
  private ids = new Uint32Array(0);
  private nums = new Float64Array(0);
  private mixed: unknown[] = [];
  private readonly index = new Map<string, number>();
  private readonly dict: string[] = [''];

  add(v: unknown): void {
    const at = this.length++;
    if (v === null || v === undefined) {
      if (this.kind === 'num') this.num(at, NaN);
      else if (this.kind === 'text') this.text(at, 0);
      else if (this.kind === 'mixed') this.mixed.push(null);
      return;
    }
    if (typeof v === 'string' && (this.kind === 'text' || this.kind === 'null')) {
      this.kind = 'text';
      let id = this.index.get(v);
      if (id === undefined) {
        id = this.dict.length;
        this.index.set(v, id);
        this.dict.push(v);
      }
      this.text(at, id);
      return;
    }
    if (typeof v === 'number' && !Number.isNaN(v) && (this.kind === 'num' || this.kind === 'null')) {
      if (this.kind === 'null') {
        this.kind = 'num';
        this.grow(at + 1);
        this.nums.fill(NaN, 0, at);
      }
      this.num(at, v);
      return;
    }
    if (this.kind !== 'mixed') {
      this.mixed = this.values(at);
      this.kind = 'mixed';
    }
    this.mixed.push(v);
  }

  private grow(need: number): void {
    if (this.kind === 'num' && need > this.nums.length) {
      const a = new Float64Array(Math.max(need, this.nums.length * 2, 1024));
      a.set(this.nums);
      this.nums = a;
    } else if (this.kind === 'text' && need > this.ids.length) {
      const a = new Uint32Array(Math.max(need, this.ids.length * 2, 1024));
      a.set(this.ids);
      this.ids = a;
    }
  }

  private num(at: number, v: number): void {
    if (at >= this.nums.length) this.grow(at + 1);
    this.nums[at] = v;
  }

  private text(at: number, id: number): void {
    if (at >= this.ids.length) this.grow(at + 1);
    this.ids[at] = id;
  }

  /** The first n values as a plain array. */
  private values(n: number): unknown[] {
    return columnValues(this.finish(n));
  }

  finish(n = this.length): TypedColumn {
    switch (this.kind) {
      case 'null':
        return { kind: 'null', length: n };
      case 'num':
        return { kind: 'num', length: n, values: this.nums.slice(0, n) };
      case 'mixed':
        return { kind: 'mixed', length: n, values: this.mixed.slice(0, n) };
      default: {
        const size = this.dict.length;
        const ids = this.ids.subarray(0, n);
        return { kind: 'text', length: n, dict: this.dict.slice(), ids: size <= 0x100 ? Uint8Array.from(ids) : size <= 0x10000 ? Uint16Array.from(ids) : ids.slice() };
      }
    }
  }
}

/** The plain values of a column (null for missing), as a Dataset table holds them. */
export function columnValues(c: TypedColumn): unknown[] {
  const out = new Array<unknown>(c.length);
  switch (c.kind) {
    case 'null':
      out.fill(null);
      break;
    case 'num':
      for (let i = 0; i < c.length; i++) {
        const v = c.values[i]!;
        out[i] = Number.isNaN(v) ? null : v;
      }
      break;
    case 'text': {
      const { ids, dict } = c;
      for (let i = 0; i < c.length; i++) {
        const id = ids[i]!;
        out[i] = id === 0 ? null : dict[id];
      }
      break;
    }
    default:
      for (let i = 0; i < c.length; i++) out[i] = c.values[i];
  }
  return out;
}

/** A column from plain values (derived columns). */
export function typedColumn(values: readonly unknown[]): TypedColumn {
  const b = new ColumnBuilder();
  for (const v of values) b.add(v);
  return b.finish();
}
