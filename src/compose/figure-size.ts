/**
 * Which figures are small enough to sit side by side in the two-column grid, and the order that
 * lets them: a two- or three-way split (donut), a bar list of up to 14 bars (or a two-group clustered
 * one of up to 12) whose labels wrap into three lines of the half-width label column, an age
 * pyramid, a 100 % bar of a few groups (or a split of up to three ways for up to five groups: the regional comparison's countries), a coverage map whose
 * labels all find a free place at half width, and a narrow table (render/table-columns.ts) take half
 * the text width; long lists, grouped bars of more groups, wide tables and crowded maps span it.
 *
 * Small figures of a section are paired in reading order; a small figure waits for the next small
 * one past at most MAX_WAIT wide ones (so it never drifts far from its place), and one left alone is
 * drawn at full width. Figures are numbered after this order is fixed.
 */
import type { ChartInput } from '../charts/types.js';
import type { TableBlock } from '../render/model.js';
import { mapLabelsClash } from '../geo/map-spec.js';
import type { Lang } from '../i18n/lang.js';
import type { MapInput } from './figure-data.js';
import { TEXT } from '../render/theme.js';
import { fitsGridColumn } from '../render/table-columns.js';
import { hbarLabelWidth } from '../charts/marks/hbar.js';
import { textMeasure } from '../charts/measure.js';
import { SIZE } from '../charts/theme.js';
import { wrapLines } from '../charts/wrap.js';

/**
 * Chart width in points for a half-width figure. The column is 231 pt (text width 481.9 pt, gutter
 * 20 pt): the chart is drawn a little wider and scaled to the column (type about 8 pt), so that its
 * labels wrap less and its bars stay close.
 */
export const HALF_WIDTH = 270;
/** Chart width for a full-width figure, scaled likewise to the text width (type about 8.5 pt). */
export const FULL_WIDTH = 540;
const MAX_BARS = 14;
/** A clustered bar chart of two groups (e.g. by sex) takes half the width up to this many categories. */
const MAX_CLUSTERS = 12;
/** Longest category label (characters) a half-width column chart or 100 % bar legend takes without cutting it. */
const MAX_LABEL = 32;
/** A half-width bar list's labels wrap to at most this many lines (more would be cut). */
const MAX_LABEL_LINES = 3;
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
      return groups <= 1 && categories <= MAX_BARS && labelsWrap(chart);
    case 'grouped-hbar':
      return groups <= 2 && categories <= MAX_CLUSTERS && labelsWrap(chart);
    case 'bar':
    case 'column':
    case 'histogram':
      return groups <= 1 && categories <= MAX_BARS && chart.rows.every((r) => r.category.length <= MAX_LABEL);
    case 'stacked100':
      return ((Math.max(groups, 1) <= 3 && categories <= 4) || (groups <= 5 && categories <= 3)) && chart.rows.every((r) => r.category.length <= MAX_LABEL);
    default:
      return false;
  }
}

/**
 * Whether every category label of a bar list wraps, at half width, into the label column in at most
 * MAX_LABEL_LINES lines without cutting a word (measured on the charts' font, as hbar.ts wraps them).
 */
function labelsWrap(chart: ChartInput): boolean {
  const measure = textMeasure();
  const width = hbarLabelWidth(HALF_WIDTH);
  return chart.rows.every((r) => {
    const lines = wrapLines(r.category, measure, { width, size: SIZE.label, maxLines: MAX_LABEL_LINES + 1 });
    return lines.length <= MAX_LABEL_LINES && lines.every((l) => measure(l, SIZE.label) <= width);
  });
}

/** Whether a coverage map can be drawn at half width: every label it must show finds a free place there. */
export function isSmallMap(map: MapInput, lang: Lang): boolean {
  return !mapLabelsClash(map.country, map.counts, lang, HALF_WIDTH);
}

/** Whether a table is narrow enough to sit in one column of the grid (measured on the page font). */
export function isNarrowTable(t: TableBlock): boolean {
  const measure = textMeasure();
  return fitsGridColumn(t, (text, font) => measure(text, TEXT.tableCell.size, font === 'boldItalic' ? 'bold' : font));
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
