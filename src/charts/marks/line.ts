/**
 * A line over ordered categories (months): points with their values beside them (off the line);
 * one line per group.
 * ISO months are printed as month names.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare, type Datum } from '../data.js';
import { seriesColors } from '../colors.js';
import { topLegend } from '../legend.js';
import { DEFAULT_WIDTH, LINE_HEIGHT, PADDING, categoryAxis, domainWithRoom, frame, maxValue, measurer, r4 } from '../frame.js';
import { isMonthAxis, monthLines } from '../month-labels.js';
import { SIZE } from '../theme.js';
import { wrapLines } from '../wrap.js';
import type { ChartInput } from '../types.js';

const DEFAULT_HEIGHT = 200;

/**
 * Puts each value label above its point, or below it where the line comes down to the point
 * from both sides (or from its one neighbour), so labels sit off the line.
 */
export function placeLabels(data: readonly Datum[]): (Record<string, string | number | boolean | null> & { above: boolean })[] {
  return data.map((d) => {
    const series = data.filter((e) => e.gi === d.gi && !e.hidden);
    const k = series.indexOf(d);
    const neighbours = [series[k - 1], series[k + 1]].filter((e): e is Datum => e !== undefined);
    const above = d.hidden || neighbours.length === 0 || neighbours.some((e) => e.v <= d.v);
    return { ...d, above };
  });
}

export function lineSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const width = input.width ?? DEFAULT_WIDTH;
  const distinct = [...new Set(input.rows.map((r) => r.category))];
  const months = isMonthAxis(distinct) ? monthLines(distinct, input.lang, { band: (width - 2 * PADDING) / Math.max(1, distinct.length), measure: (s) => measure(s, SIZE.label) }) : undefined;
  const band = (width - 2 * PADDING) / Math.max(1, distinct.length);
  const lines = new Map<string, string[]>();
  const cd = prepare(input, (label) => {
    const l = months?.get(label) ?? wrapLines(label, measure, { width: Math.max(24, band - 4), size: SIZE.label });
    lines.set(label, l);
    return l;
  });
  const grouped = cd.groups.length > 1;
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const legend = topLegend(cd.groups, width, measure);
  const legendHeight = grouped ? legend.height : 0;
  const height = input.height ?? DEFAULT_HEIGHT + legendHeight;
  const plot = height - maxLines * LINE_HEIGHT - 6 - legendHeight - 2 * PADDING;
  const yMax = domainWithRoom(maxValue(cd.data), SIZE.value + 10, plot);
  const data = placeLabels(cd.data);
  const yMin = data.some((d) => !d.above) ? -((SIZE.value + 10) / plot) * yMax : 0;
  const y = { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [r4(yMin), r4(yMax)], nice: false, zero: false } };
  const colors = seriesColors(input, cd.groups);
  const color = grouped
    ? { color: { field: 'g', type: 'nominal' as const, sort: cd.groups, scale: { domain: cd.groups, range: colors }, legend: legend.legend } }
    : {};
  return {
    ...frame(input, width, height),
    data: { values: data },
    encoding: {
      x: {
        field: 'ci',
        type: 'ordinal',
        sort: cd.categories.map((_, i) => i),
        title: null,
        scale: { type: 'point', padding: 0.5 },
        axis: { ...categoryAxis(cd.categories.map((c) => lines.get(c) ?? [c]), false), labelAngle: 0, labelLimit: Math.max(40, band + 8), labelBaseline: 'top', domain: true },
      },
      y,
    },
    layer: [
      { mark: { type: 'line', interpolate: 'linear' }, transform: [{ filter: '!datum.hidden' }], encoding: { detail: { field: 'g' }, ...color } },
      { mark: { type: 'point' }, transform: [{ filter: '!datum.hidden' }], encoding: { ...color } },
      { transform: [{ filter: 'datum.above' }], mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -7 }, encoding: { text: { field: 'label' } } },
      { transform: [{ filter: '!datum.above' }], mark: { type: 'text', align: 'center', baseline: 'top', dy: 7 }, encoding: { text: { field: 'label' } } },
    ],
  };
}
