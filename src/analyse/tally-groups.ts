/**
 * Counting instead of listing rows: the groups of one-code dimensions (no multi, no totals), each
 * with its size and its number of rows per code of a one-code variable, from one pass over the
 * rows. disaggregate.ts takes this path for unweighted shares when nothing needs the rows
 * themselves (no weights, no disclosure sets): the counts are those groupRows and the rollup over
 * the listed rows give, without an array of rows per group or an entry per (group, row).
 *
 * The counts live in one flat table, a slot per (combination of dimension codes, variable code), so
 * the pass over the rows does a few indexed reads and one increment per row: a warm query runs it
 * once, mostly before V8 optimises it, where every read and test per row costs.
 */
import type { Frame } from './frame.js';
import { sortGroups } from './group-rows.js';
import type { Compare } from './natural-compare.js';

export interface TalliedGroup {
  codes: string[];
  /** Rows in the group. */
  size: number;
  /** Rows of the group per id of the variable (Frame.valueIds). */
  tally: Int32Array;
}

export interface Tallies {
  /** In groupRows's order. */
  groups: TalliedGroup[];
  /** The variable's codes met among the rows, in order of first appearance. */
  seen: Set<string>;
}

/** Slots of the count table beyond which the rows are listed instead (4 MiB of counts). */
const MAX_SLOTS = 1 << 20;

/** Null when a dimension has several codes per row (a multi) or the slots would be too many. */
export function tallyGroups(
  frame: Frame,
  rows: readonly number[],
  dims: readonly string[],
  variable: string,
  compare: (dim: string) => Compare | undefined,
): Tallies | null {
  const enc = dims.map((d) => frame.encoded(d));
  if (enc.some((e) => e.starts)) return null;
  const { labels, ids } = frame.valueIds(variable);
  const width = Math.max(1, labels.length);
  const radix = enc.map((e) => e.labels.length);
  const combinations = radix.reduce((a, b) => a * b, 1);
  if (combinations * width > MAX_SLOTS) return null;
  const counts = new Int32Array(combinations * width);
  const n = rows.length;
  // the slot of row i: its combination's number (mixed radix of its codes' ids) × width + its code's id
  if (enc.length === 0) {
    for (let r = 0; r < n; r++) {
      const s = ids[rows[r] as number] as number;
      counts[s] = (counts[s] as number) + 1;
    }
  } else if (enc.length === 1) {
    const d0 = (enc[0] as { ids: Int32Array }).ids;
    for (let r = 0; r < n; r++) {
      const i = rows[r] as number;
      const s = (d0[i] as number) * width + (ids[i] as number);
      counts[s] = (counts[s] as number) + 1;
    }
  } else if (enc.length === 2) {
    const d0 = (enc[0] as { ids: Int32Array }).ids;
    const d1 = (enc[1] as { ids: Int32Array }).ids;
    const r1 = radix[1] as number;
    for (let r = 0; r < n; r++) {
      const i = rows[r] as number;
      const s = ((d0[i] as number) * r1 + (d1[i] as number)) * width + (ids[i] as number);
      counts[s] = (counts[s] as number) + 1;
    }
  } else {
    const idsOf = enc.map((e) => e.ids);
    for (let r = 0; r < n; r++) {
      const i = rows[r] as number;
      let key = 0;
      for (let k = 0; k < idsOf.length; k++) key = key * (radix[k] as number) + (idsOf[k]![i] as number);
      const s = key * width + (ids[i] as number);
      counts[s] = (counts[s] as number) + 1;
    }
  }
  const groups: TalliedGroup[] = [];
  for (let key = 0; key < combinations; key++) {
    const tally = counts.subarray(key * width, (key + 1) * width);
    let size = 0;
    for (let c = 0; c < tally.length; c++) size += tally[c] as number;
    if (size === 0) continue;
    const codes = new Array<string>(enc.length);
    for (let k = enc.length - 1, rest = key; k >= 0; k--) {
      const r = radix[k] as number;
      codes[k] = (enc[k] as { labels: readonly string[] }).labels[rest % r] as string;
      rest = Math.floor(rest / r);
    }
    groups.push({ codes, size, tally });
  }
  return { groups: sortGroups(groups, dims, compare), seen: firstSeen(rows, labels, ids, counts, width) };
}

/**
 * The codes present, in order of first appearance among the rows (the order categories keep when
 * they tie): read from the start until every code with a count has been met, usually within the
 * first rows.
 */
function firstSeen(rows: readonly number[], labels: readonly string[], ids: Int32Array, counts: Int32Array, width: number): Set<string> {
  const present = new Uint8Array(width);
  let left = 0;
  for (let s = 0; s < counts.length; s++) {
    if (counts[s] !== 0 && present[s % width] === 0) {
      present[s % width] = 1;
      left++;
    }
  }
  const seen = new Set<string>();
  for (let r = 0; r < rows.length && left > 0; r++) {
    const id = ids[rows[r] as number] as number;
    if (present[id] === 1) {
      present[id] = 2;
      seen.add(labels[id] as string);
      left--;
    }
  }
  return seen;
}
