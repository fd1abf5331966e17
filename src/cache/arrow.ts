/**
 * The columns of a Dataset table as Apache Arrow IPC (stream format), written with Arquero's
 * `toArrowIPC` and read back with its `fromArrow`, with types chosen from the values so that they
 * come back exactly:
 * - text (`string | null`): dictionary of utf8 with int8, int16 or int32 keys by its number of
 *   distinct values;
 * - whole numbers (`number | null`, no -0): int8, int16 or int32 by range (0/1/null option
 *   columns are int8); other numbers: float64 (NaN and ±Infinity kept);
 * - a column of nulls only: int8, every value null (the Flechette inside Arquero's single-file
 *   build, model/arquero.ts, cannot write the Arrow null type).
 * Anything else (booleans, undefined, a column mixing text and numbers) cannot be stored: the
 * encoder returns undefined and the caller does not cache. Decoded columns are read from the Arrow
 * buffers when first used (a query reads two or three of a survey's hundred-odd columns).
 */
import type { DataType } from '@uwdata/flechette';
import { arrowTypes, fromArrow, toArrowIPC, type ColumnTable } from '../model/arquero.js';

function typeOf(values: ArrayLike<unknown>): DataType | undefined {
  const text = new Set<string>();
  let numbers = false;
  let lo = 0;
  let hi = 0;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === 'string') text.add(v);
    else if (typeof v === 'number') {
      numbers = true;
      if (whole && Number.isInteger(v) && !Object.is(v, -0)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      } else whole = false;
    } else return undefined;
    if (text.size > 0 && numbers) return undefined;
  }
  const { dictionary, float64, int16, int32, int8, utf8 } = arrowTypes();
  if (text.size > 0) return dictionary(utf8(), text.size <= 127 ? int8() : text.size <= 32767 ? int16() : int32());
  if (!numbers) return int8();
  if (!whole) return float64();
  if (lo >= -128 && hi <= 127) return int8();
  if (lo >= -32768 && hi <= 32767) return int16();
  if (lo >= -2147483648 && hi <= 2147483647) return int32();
  return float64();
}

/** Arrow IPC bytes of the table, or undefined when a column holds values Arrow cannot give back. */
export function encodeTable(t: ColumnTable): Uint8Array | undefined {
  const types: Record<string, DataType> = {};
  for (const name of t.columnNames()) {
    const type = typeOf(t.array(name) as ArrayLike<unknown>);
    if (type === undefined) return undefined;
    types[name] = type;
  }
  return toArrowIPC(t, { format: 'stream', types }) ?? undefined;
}

/** The table back from Arrow IPC bytes; throws on malformed bytes (the structure is read here). */
export function decodeTable(bytes: Uint8Array): ColumnTable {
  return fromArrow(bytes);
}
