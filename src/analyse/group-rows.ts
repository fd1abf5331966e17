/**
 * Splits rows into the groups of a disaggregation: every combination of the dimensions' codes
 * (Frame.codes: a multi puts a row in one group per chosen option), plus `_total` in place of any
 * dimension's code when totals are asked. Each group keeps its rows in the order given; groups come
 * sorted: per dimension, ordinary codes (by `compare`, default naturalCompare), then non-response,
 * `_missing`, `_total`.
 *
 * Speed: the dimensions are dictionary-encoded once per Frame (Frame.encoded), so a row's group key
 * is a mixed-radix integer of its code ids, with no strings built per row.
 */
import { MISSING, TOTAL, type Frame } from './frame.js';
import { naturalCompare, type Compare } from './natural-compare.js';
import { NON_RESPONSE_CODES } from '../schema/codes.js';

export interface Group {
  codes: string[];
  rows: number[];
}

export function groupRows(
  frame: Frame,
  rows: readonly number[],
  dims: readonly string[],
  totals: boolean,
  compare: (dim: string) => Compare | undefined,
): Group[] {
  const enc = dims.map((d) => frame.encoded(d));
  // `_total` gets the id after the codes' (or the code's own id should the data hold `_total`)
  const totalIds = enc.map((e) => {
    const k = e.labels.indexOf(TOTAL);
    return k >= 0 ? k : e.labels.length;
  });
  const radix = enc.map((e) => e.labels.length + 1);
  const combinations = radix.reduce((a, b) => a * b, 1);
  if (combinations > Number.MAX_SAFE_INTEGER) throw new Error(`too many combinations of ${dims.join(', ')} to group`);
  const byKey = new Map<number, { ids: number[]; rows: number[] }>();
  const ids = new Array<number>(dims.length).fill(0);
  const add = (i: number, k: number, key: number): void => {
    if (k === dims.length) {
      let g = byKey.get(key);
      if (!g) {
        g = { ids: [...ids], rows: [] };
        byKey.set(key, g);
      }
      g.rows.push(i);
      return;
    }
    const e = enc[k]!;
    const r = radix[k]!;
    const from = e.starts ? (e.starts[i] as number) : i;
    const to = e.starts ? (e.starts[i + 1] as number) : i + 1;
    for (let p = from; p < to; p++) {
      ids[k] = e.ids[p]!;
      add(i, k + 1, key * r + ids[k]!);
    }
    if (totals) {
      ids[k] = totalIds[k]!;
      add(i, k + 1, key * r + ids[k]!);
    }
  };
  if (!totals && enc.every((e) => !e.starts) && combinations <= 1 << 20) {
    // one code per row in every dimension (no multi, no totals): each row's group by index, then
    // each group's rows into an array of its size (no push per row: a fresh process runs these
    // loops before they are optimised, where a push is a call)
    const at = new Int32Array(combinations).fill(-1);
    const made: { ids: number[]; rows: number[] }[] = [];
    const sizes: number[] = [];
    const groupOf = new Int32Array(rows.length);
    const idsOf = enc.map((e) => e.ids);
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r] as number;
      let key = 0;
      for (let k = 0; k < idsOf.length; k++) key = key * (radix[k] as number) + (idsOf[k]![i] as number);
      let g = at[key] as number;
      if (g < 0) {
        g = at[key] = made.length;
        made.push({ ids: enc.map((e) => e.ids[i] as number), rows: [] });
        sizes.push(0);
      }
      groupOf[r] = g;
      sizes[g] = (sizes[g] as number) + 1;
    }
    const parts = sizes.map((size) => new Array<number>(size));
    const filled = new Int32Array(made.length);
    for (let r = 0; r < rows.length; r++) {
      const g = groupOf[r] as number;
      (parts[g] as number[])[filled[g] as number] = rows[r] as number;
      filled[g] = (filled[g] as number) + 1;
    }
    made.forEach((g, k) => {
      g.rows = parts[k]!;
      byKey.set(k, g);
    });
  } else for (const i of rows) add(i, 0, 0);
  const groups: Group[] = [...byKey.values()].map((g) => ({ codes: g.ids.map((id, k) => enc[k]!.labels[id] ?? TOTAL), rows: g.rows }));
  return sortGroups(groups, dims, compare);
}

/**
 * Groups in their order: per dimension, ordinary codes (by `compare`, default naturalCompare), then
 * non-response, `_missing`, `_total` (in place).
 */
export function sortGroups<G extends { codes: string[] }>(groups: G[], dims: readonly string[], compare: (dim: string) => Compare | undefined): G[] {
  const cmp = dims.map((d) => compare(d) ?? naturalCompare);
  return groups.sort((a, b) => {
    for (let k = 0; k < dims.length; k++) {
      const x = a.codes[k] as string;
      const y = b.codes[k] as string;
      if (x === y) continue;
      const r = rank(x) - rank(y);
      if (r !== 0) return r;
      const c = (cmp[k] as Compare)(x, y);
      if (c !== 0) return c;
      return x < y ? -1 : 1;
    }
    return 0;
  });
}

function rank(code: string): number {
  if (code === TOTAL) return 3;
  if (code === MISSING) return 2;
  if (NON_RESPONSE_CODES.has(code)) return 1;
  return 0;
}
