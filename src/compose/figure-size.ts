/**
 * Which figures are small enough to sit side by side in the two-column grid, and the order that
 * lets them: a two- or three-way split (donut), a short bar list, an age pyramid, a 100 % bar of a
 * few groups (or a two-way split of up to five) take half the text width; maps, long lists, grouped bars and tables span it.
 *
 * Small figures of a section are paired in reading order; a small figure waits for the next small
 * one past at most MAX_WAIT wide ones (so it never drifts far from its place), and one left alone is
 * drawn at full width. Figures are numbered after this order is fixed.
 */
import type { ChartInput } from '../charts/types.js';

/**
 * Chart width in points for a half-width figure. The column is 231 pt (text width 481.9 pt, gutter
 * 20 pt): the chart is drawn a little wider and scaled to the column (type about 8 pt), so that its
 * labels wrap less and its bars stay close.
 */
export const HALF_WIDTH = 270;
/** Chart width for a full-width figure, scaled likewise to the text width (type about 8.5 pt). */
export const FULL_WIDTH = 540;
const MAX_BARS = 14;
const MAX_WAIT = 4;

export function isSmall(chart: ChartInput | null): boolean {
  if (!chart) return false;
  const categories = new Set(chart.rows.map((r) => r.category)).size;
  const groups = new Set(chart.rows.map((r) => r.group).filter((g) => g !== undefined)).size;
  switch (chart.type) {
    case 'donut':
      return categories <= 4;
    case 'pyramid':
      return true;
    case 'hbar':
    case 'bar':
    case 'column':
    case 'histogram':
      return groups <= 1 && categories <= MAX_BARS;
    case 'stacked100':
      return (Math.max(groups, 1) <= 3 && categories <= 4) || (groups <= 5 && categories <= 2);
    default:
      return false;
  }
}

/**
 * The items in print order with each one's width: pairs of small items next to each other. `small`
 * says which items could take half the width.
 */
export function pairSmall<T>(items: readonly T[], small: (t: T) => boolean): Array<{ item: T; half: boolean }> {
  const out: Array<{ item: T; half: boolean }> = [];
  let waiting: { item: T; passed: number } | null = null;
  for (const item of items) {
    if (small(item)) {
      if (waiting) {
        // The pair goes where the first of the two was due, before the wide items it let pass.
        const at = out.length - waiting.passed;
        out.splice(at, 0, { item: waiting.item, half: true }, { item, half: true });
        waiting = null;
      } else waiting = { item, passed: 0 };
      continue;
    }
    if (waiting && waiting.passed >= MAX_WAIT) {
      out.splice(out.length - waiting.passed, 0, { item: waiting.item, half: false });
      waiting = null;
    }
    out.push({ item, half: false });
    if (waiting) waiting.passed += 1;
  }
  if (waiting) out.splice(out.length - waiting.passed, 0, { item: waiting.item, half: false });
  return out;
}
