/**
 * Counting instead of listing rows: the groups of one-code dimensions (no multi, no totals), each
 * with its size and its number of rows per code of a one-code variable, from one pass over the
 * rows. disaggregate.ts takes this path for unweighted shares when nothing needs the rows
 * themselves (no weights, no disclosure sets): the counts are those groupRows and the rollup over
 * the listed rows give, without an array of rows per group or an entry per (group, row).
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

/** Null when a dimension has several codes per row (a multi) or the combinations are too many to index. */
export function tallyGroups(
  frame: Frame,
  rows: readonly number[],
  dims: readonly string[],
  variable: string,
  compare: (dim: string) => Compare | undefined,
): Tallies | null {
  const enc = dims.map((d) => frame.encoded(d));
  if (enc.some((e) => e.starts)) return null;
  const radix = enc.map((e) => e.labels.length + 1);
  const combinations = radix.reduce((a, b) => a * b, 1);
  if (combinations > 1 << 20) return null;
  const { labels, ids } = frame.valueIds(variable);
  const idsOf = enc.map((e) => e.ids);
  const at = new Int32Array(combinations).fill(-1);
  const made: TalliedGroup[] = [];
  const met = new Uint8Array(labels.length);
  const seen = new Set<string>();
  // indexed loops: a warm query runs this once, mostly before V8 optimises it
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r] as number;
    let key = 0;
    for (let k = 0; k < idsOf.length; k++) key = key * (radix[k] as number) + (idsOf[k]![i] as number);
    let g = at[key] as number;
    if (g < 0) {
      g = at[key] = made.length;
      made.push({ codes: enc.map((e) => e.labels[e.ids[i] as number] as string), size: 0, tally: new Int32Array(labels.length) });
    }
    const group = made[g] as TalliedGroup;
    group.size++;
    const id = ids[i] as number;
    group.tally[id] = (group.tally[id] as number) + 1;
    if (met[id] === 0) {
      met[id] = 1;
      seen.add(labels[id] as string);
    }
  }
  return { groups: sortGroups(made, dims, compare), seen };
}
