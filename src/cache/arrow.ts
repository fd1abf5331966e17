/**
 * The columns of a Dataset table as Apache Arrow IPC (stream format, written and read with
 * flechette), with types chosen from the values so that they come back exactly:
 * - text (`string | null`): dictionary of utf8 with int8, int16 or int32 keys by its number of
 *   distinct values;
 * - whole numbers (`number | null`, no -0): int8, int16 or int32 by range (0/1/null option
 *   columns are int8); other numbers: float64 (NaN and ±Infinity kept);
 * - a column of nulls only: the Arrow null type.
 * Anything else (booleans, undefined, a column mixing text and numbers) cannot be stored: the
 * encoder returns undefined and the caller does not cache.
 * Decoding gives plain JS arrays (null for missing), as loadDataset builds them.
 */
import { table, type ColumnTable } from 'arquero';
import {
  Column,
  batchType,
  columnFromArray,
  dictionary,
  float64,
  int16,
  int32,
  int8,
  nullType,
  tableFromColumns,
  tableFromIPC,
  tableToIPC,
  utf8,
  type DataType,
} from '@uwdata/flechette';

/** Text: the key width is settled when the dictionary is built (textColumn). */
const TEXT = utf8();

export function typeOf(values: ArrayLike<unknown>): DataType | undefined {
  let text = false;
  let numbers = false;
  let lo = 0;
  let hi = 0;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === 'string') text = true;
    else if (typeof v === 'number') {
      numbers = true;
      if (whole && Number.isInteger(v) && !Object.is(v, -0)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      } else whole = false;
    } else return undefined;
    if (text && numbers) return undefined;
  }
  if (text) return TEXT;
  if (!numbers) return nullType();
  if (!whole) return float64();
  if (lo >= -128 && hi <= 127) return int8();
  if (lo >= -32768 && hi <= 32767) return int16();
  if (lo >= -2147483648 && hi <= 2147483647) return int32();
  return float64();
}

/** Arrow IPC bytes of the table, or undefined when a column holds values Arrow cannot give back. */
export function encodeTable(t: ColumnTable): Uint8Array | undefined {
  const cols: Record<string, Column<unknown>> = {};
  for (const name of t.columnNames()) {
    const direct = t.isFiltered() || t.isOrdered() ? undefined : (t.column(name) as unknown);
    const values = Array.isArray(direct) ? (direct as unknown[]) : Array.from(t.array(name) as ArrayLike<unknown>);
    const type = typeOf(values);
    if (type === undefined) return undefined;
    cols[name] = type === TEXT ? textColumn(values) : columnFromArray(values, type);
  }
  const bytes = tableToIPC(tableFromColumns(cols), { format: 'stream' });
  return bytes ?? undefined;
}

/**
 * A dictionary column with the narrowest keys (int8, int16 or int32 by the dictionary's size),
 * built in one pass here: flechette's own builder turns every value into a key string first, and
 * does not check that the keys fit the key type. Assembled as flechette assembles its own
 * (a DictionaryBatch whose dictionary is a utf8 column of the distinct values, first-seen order).
 */
function textColumn(values: unknown[]): Column<unknown> {
  const n = values.length;
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const keys = new Int32Array(n);
  const validity = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as string | null;
    if (v === null) {
      nulls++;
      continue;
    }
    let k = index.get(v);
    if (k === undefined) {
      k = distinct.length;
      index.set(v, k);
      distinct.push(v);
    }
    keys[i] = k;
    validity[i >> 3]! |= 1 << (i & 7);
  }
  const size = distinct.length;
  const [width, narrow] = size <= 127 ? [int8(), Int8Array.from(keys)] : size <= 32767 ? [int16(), Int16Array.from(keys)] : [int32(), keys];
  const valueType = utf8();
  const type = dictionary(valueType, width);
  const Batch = batchType(type) as unknown as new (o: Record<string, unknown>) => { setDictionary(d: Column<unknown>): unknown };
  const batch = new Batch({ length: n, nullCount: nulls, type, validity: nulls > 0 ? validity : new Uint8Array(0), values: narrow });
  batch.setDictionary(columnFromArray(distinct, valueType));
  return new Column([batch as never]);
}

/**
 * The table back from Arrow IPC bytes. Columns are decoded on first use (a query reads two or
 * three of a survey's hundred-odd columns), each then a plain array. Throws on malformed bytes
 * (the message structure is read here; the values when first used).
 */
export function decodeTable(bytes: Uint8Array): ColumnTable {
  const arrow = tableFromIPC(bytes);
  const cols: Record<string, LazyColumn> = {};
  for (const field of arrow.schema.fields) {
    const column = arrow.getChild(field.name);
    cols[field.name] = new LazyColumn(column.length, () => {
      const values = column.toArray() as ArrayLike<unknown>;
      return Array.isArray(values) ? (values as unknown[]) : Array.from(values);
    });
  }
  return table(cols);
}

/** An arquero column (length, at, toArray) whose values are decoded when first read. */
export class LazyColumn {
  private values: unknown[] | undefined;

  constructor(
    readonly length: number,
    private readonly decode: () => unknown[],
  ) {}

  at(row: number): unknown {
    return (this.values ??= this.decode())[row];
  }

  toArray(): unknown[] {
    return (this.values ??= this.decode());
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.toArray()[Symbol.iterator]();
  }
}
