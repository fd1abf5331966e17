/**
 * The legend above a chart: as many columns as fit in the width, so long Russian labels wrap
 * onto further rows instead of running off the page. A label may hold line breaks ("\n", drawn with
 * `labelExpr: SPLIT_LINES`): its widest line sets the column, its lines the height of its row.
 * Returns the legend definition and the height it takes.
 */
import { LEGEND_ROW, LINE_HEIGHT, PADDING } from './frame.js';
import type { MeasureText } from './measure.js';
import { SIZE } from './theme.js';

const SYMBOL = 18;
const COLUMN_PADDING = 14;

export interface TopLegend {
  legend: { orient: 'top'; columns: number; labelLimit: number; values?: string[]; labelExpr?: string };
  height: number;
}

export function topLegend(labels: readonly string[], width: number, measure: MeasureText): TopLegend {
  const lines = labels.map((c) => c.split('\n'));
  const entry = Math.max(0, ...lines.flat().map((c) => measure(c, SIZE.legend))) + SYMBOL + COLUMN_PADDING;
  const columns = Math.max(1, Math.min(labels.length, Math.floor((width - 2 * PADDING) / entry)));
  const rows = Math.ceil(labels.length / columns);
  // entries fill the rows left to right: a row is as tall as its entry of most lines
  let extra = 0;
  for (let r = 0; r < rows; r++) extra += Math.max(1, ...lines.slice(r * columns, (r + 1) * columns).map((l) => l.length)) - 1;
  const labelLimit = Math.ceil(Math.min(entry, width - 2 * PADDING - SYMBOL));
  return { legend: { orient: 'top', columns, labelLimit }, height: rows * LEGEND_ROW + extra * LINE_HEIGHT };
}
