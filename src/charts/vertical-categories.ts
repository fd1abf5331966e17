/**
 * The category axis of the vertical charts (columns, line): one band per category across the
 * width, each label wrapped to its band (ISO months printed as names, month-labels.ts), the legend
 * on top when rows have groups, and the height left to plot between them.
 */
import { prepare, type ChartData } from './data.js';
import { DEFAULT_WIDTH, LINE_HEIGHT, PADDING, categoryAxis } from './frame.js';
import { topLegend, type TopLegend } from './legend.js';
import type { MeasureText } from './measure.js';
import { isMonthAxis, monthLines } from './month-labels.js';
import { SIZE } from './theme.js';
import type { ChartInput } from './types.js';
import { wrapLines } from './wrap.js';

export interface VerticalCategories {
  cd: ChartData;
  width: number;
  height: number;
  /** The width of one category's band. */
  band: number;
  grouped: boolean;
  legend: TopLegend;
  /** The height of the plot: the chart's less its labels, its legend and its padding. */
  plot: number;
  /** The x encoding of the categories in print order, their labels under them, on the scale the mark needs. */
  categoryX: <S>(scale: S) => { field: 'ci'; type: 'ordinal'; sort: number[]; title: null; scale: S; axis: CategoryAxis };
}

type CategoryAxis = ReturnType<typeof categoryAxis> & { labelAngle: number; labelLimit: number; labelBaseline: 'top'; domain: boolean };

/** `months`: ISO months are printed as month names; `defaultHeight`: the chart's height without a legend. */
export function verticalCategories(input: ChartInput, measure: MeasureText, opts: { months: boolean; defaultHeight: number }): VerticalCategories {
  const width = input.width ?? DEFAULT_WIDTH;
  const distinct = [...new Set(input.rows.map((r) => r.category))];
  const band = (width - 2 * PADDING) / Math.max(1, distinct.length);
  const months = opts.months && isMonthAxis(distinct) ? monthLines(distinct, input.lang, { band, measure: (s) => measure(s, SIZE.label) }) : undefined;
  const lines = new Map<string, string[]>();
  const cd = prepare(input, (label) => {
    const l = months?.get(label) ?? wrapLines(label, measure, { width: Math.max(24, band - 4), size: SIZE.label, maxLines: 3 });
    lines.set(label, l);
    return l;
  });
  const grouped = cd.groups.length > 1;
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const legend = topLegend(cd.groups, width, measure);
  const legendHeight = grouped ? legend.height : 0;
  const height = input.height ?? opts.defaultHeight + legendHeight;
  const plot = height - maxLines * LINE_HEIGHT - 6 - legendHeight - 2 * PADDING;
  const axis: CategoryAxis = { ...categoryAxis(cd.categories.map((c) => lines.get(c) ?? [c]), false), labelAngle: 0, labelLimit: Math.max(40, band + 8), labelBaseline: 'top', domain: true };
  const categoryX = <S>(scale: S) => ({ field: 'ci' as const, type: 'ordinal' as const, sort: cd.categories.map((_, i) => i), title: null, scale, axis });
  return { cd, width, height, band, grouped, legend, plot, categoryX };
}
