/**
 * The legend above a chart: as many columns as fit in the width, so long Russian labels wrap
 * onto further rows instead of running off the page. Returns the legend definition and the
 * height it takes.
 */
import { LEGEND_ROW, PADDING } from './frame.js';
import type { MeasureText } from './measure.js';
import { SIZE } from './theme.js';

const SYMBOL = 18;
const COLUMN_PADDING = 14;

export interface TopLegend {
  legend: { orient: 'top'; columns: number; labelLimit: number; values?: string[] };
  height: number;
}

export function topLegend(labels: readonly string[], width: number, measure: MeasureText): TopLegend {
  const entry = Math.max(0, ...labels.map((c) => measure(c, SIZE.legend))) + SYMBOL + COLUMN_PADDING;
  const columns = Math.max(1, Math.min(labels.length, Math.floor((width - 2 * PADDING) / entry)));
  const rows = Math.ceil(labels.length / columns);
  const labelLimit = Math.ceil(Math.min(entry, width - 2 * PADDING - SYMBOL));
  return { legend: { orient: 'top', columns, labelLimit }, height: rows * LEGEND_ROW };
}
