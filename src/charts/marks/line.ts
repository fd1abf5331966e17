/**
 * A line over ordered categories (months): points with their values above; one line per group.
 * ISO months are printed as month names.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare, wrappedCategories } from '../data.js';
import { seriesColors } from '../colors.js';
import { DEFAULT_WIDTH, LEGEND_ROW, LINE_HEIGHT, PADDING, SPLIT_LINES, domainWithRoom, frame, maxValue, measurer, r4, values } from '../frame.js';
import { isMonthAxis, monthLines } from '../month-labels.js';
import { SIZE } from '../theme.js';
import { wrapLines } from '../wrap.js';
import type { ChartInput } from '../types.js';

const DEFAULT_HEIGHT = 200;

export function lineSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const width = input.width ?? DEFAULT_WIDTH;
  const distinct = [...new Set(input.rows.map((r) => r.category))];
  const months = isMonthAxis(distinct) ? monthLines(distinct, input.lang) : undefined;
  const band = (width - 2 * PADDING) / Math.max(1, distinct.length);
  const lines = new Map<string, string[]>();
  const cd = prepare(input, (label) => {
    const l = months?.get(label) ?? wrapLines(label, measure, { width: Math.max(24, band - 4), size: SIZE.label });
    lines.set(label, l);
    return l;
  });
  const grouped = cd.groups.length > 1;
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const height = input.height ?? DEFAULT_HEIGHT + (grouped ? LEGEND_ROW : 0);
  const plot = height - maxLines * LINE_HEIGHT - 6 - (grouped ? LEGEND_ROW : 0) - 2 * PADDING;
  const yMax = domainWithRoom(maxValue(cd.data), SIZE.value + 10, plot);
  const y = { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [0, r4(yMax)], nice: false, zero: true } };
  const colors = seriesColors(input, cd.groups);
  const color = grouped
    ? { color: { field: 'g', type: 'nominal' as const, sort: cd.groups, scale: { domain: cd.groups, range: colors }, legend: { orient: 'top' as const } } }
    : {};
  return {
    ...frame(input, width, height),
    data: { values: values(cd.data) },
    encoding: {
      x: {
        field: 'c',
        type: 'ordinal',
        sort: wrappedCategories(cd),
        title: null,
        scale: { type: 'point', padding: 0.5 },
        axis: { labelExpr: SPLIT_LINES, labelAngle: 0, labelLimit: Math.max(40, band + 8), labelBaseline: 'top', domain: true },
      },
      y,
    },
    layer: [
      { mark: { type: 'line', interpolate: 'linear' }, transform: [{ filter: '!datum.hidden' }], encoding: { detail: { field: 'g' }, ...color } },
      { mark: { type: 'point' }, transform: [{ filter: '!datum.hidden' }], encoding: { ...color } },
      // A white halo under each value label keeps it legible where it crosses a line.
      { mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -7, stroke: '#ffffff', strokeWidth: 3, strokeJoin: 'round' }, encoding: { text: { field: 'label' } } },
      { mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -7 }, encoding: { text: { field: 'label' } } },
    ],
  };
}
