/**
 * A line over ordered categories (months): points with their values beside them (off the line);
 * one line per group.
 * ISO months are printed as month names.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Datum } from '../data.js';
import { groupColor, seriesColors } from '../colors.js';
import { domainWithRoom, frame, maxValue, measurer, r4 } from '../frame.js';
import { SIZE } from '../theme.js';
import type { ChartInput } from '../types.js';
import { verticalCategories } from '../vertical-categories.js';

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
  const { cd, width, height, grouped, legend, plot, categoryX } = verticalCategories(input, measure, { months: true, defaultHeight: DEFAULT_HEIGHT });
  const yMax = domainWithRoom(maxValue(cd.data), SIZE.value + 10, plot);
  const data = placeLabels(cd.data);
  const yMin = data.some((d) => !d.above) ? -((SIZE.value + 10) / plot) * yMax : 0;
  const y = { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [r4(yMin), r4(yMax)], nice: false, zero: false } };
  const colors = seriesColors(input, cd.groups);
  const color = groupColor(grouped, cd.groups, colors, legend.legend);
  return {
    ...frame(input, width, height),
    data: { values: data },
    encoding: {
      x: categoryX({ type: 'point' as const, padding: 0.5 }),
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
