/**
 * Vertical bars: `bar` (short categories), `column` (an ordered axis such as months; ISO months
 * are printed as names) and `histogram` (adjacent bands). Side-by-side bars when rows have groups.
 * Value labels above the bars (written upwards when wider than the bars); no value axis.
 */
import type { TopLevelSpec } from 'vega-lite';
import { groupColor, seriesColors } from '../colors.js';
import { domainWithRoom, frame, measurer, scaleTop, r4, values, widestLabel } from '../frame.js';
import { SIZE } from '../theme.js';
import type { ChartInput } from '../types.js';
import { verticalCategories } from '../vertical-categories.js';

const DEFAULT_HEIGHT = 170;

export function columnsSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const { cd, width, height, band, grouped, legend, plot, categoryX } = verticalCategories(input, measure, { months: input.type !== 'bar', defaultHeight: DEFAULT_HEIGHT });
  const histogram = input.type === 'histogram';
  const paddingInner = histogram ? 0.04 : 0.25;
  // Value labels that are wider than their bar are written upwards.
  const bar = (band * (1 - paddingInner)) / Math.max(1, cd.groups.length);
  const widest = widestLabel(cd.data, measure);
  const upright = widest + 2 > bar + band * paddingInner;
  const yMax = domainWithRoom(scaleTop(input, cd.data), upright ? widest + 6 : SIZE.value + 6, plot);
  const y = { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [0, r4(yMax)], nice: false, zero: true } };
  const colors = seriesColors(input, cd.groups);
  return {
    ...frame(input, width, height),
    data: { values: values(cd.data) },
    encoding: {
      x: categoryX({ paddingInner, paddingOuter: histogram ? 0.02 : 0.15 }),
      ...(grouped ? { xOffset: { field: 'g', type: 'nominal', sort: cd.groups, scale: { paddingInner: 0.06 } } } : {}),
    },
    layer: [
      {
        // No zero-height bars: PDF viewers draw them as hairlines.
        transform: [{ filter: 'datum.v > 0' }],
        mark: { type: 'bar' },
        encoding: { y, ...groupColor(grouped, cd.groups, colors, legend.legend) },
      },
      {
        mark: upright
          ? { type: 'text', align: 'left', baseline: 'middle', angle: 270, dx: 3 }
          : { type: 'text', align: 'center', baseline: 'bottom', dy: -3 },
        encoding: { y, text: { field: 'label' } },
      },
    ],
  };
}
