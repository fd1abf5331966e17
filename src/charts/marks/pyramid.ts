/**
 * Age pyramid by sex: the first group (males) to the left, the second (females) to the right, age
 * groups in the middle column, youngest at the bottom, values at the bar ends. Both sides share
 * one scale. Built as three views side by side, sized explicitly to the width.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare, wrappedCategories } from '../data.js';
import { seriesColors } from '../colors.js';
import { DEFAULT_WIDTH, LABEL_GAP, PADDING, VEGA_LITE_SCHEMA, domainWithRoom, maxValue, measurer, r4, values, widestLabel } from '../frame.js';
import { INK, INK_SOFT } from '../palette.js';
import { SIZE, themeConfig } from '../theme.js';
import type { ChartInput } from '../types.js';

const STEP = 17;
const TITLE = 22;

export function pyramidSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const cd = prepare(input);
  const width = input.width ?? DEFAULT_WIDTH;
  const [left = '', right = ''] = cd.groups;
  const colors = seriesColors(input, cd.groups);
  const middle = Math.ceil(Math.max(...cd.categories.map((c) => measure(c, SIZE.label)))) + 16;
  const side = Math.floor((width - middle - 2 * PADDING) / 2);
  const plotHeight = input.height ? input.height - TITLE - 2 * PADDING : cd.categories.length * STEP;
  const max = domainWithRoom(maxValue(cd.data), widestLabel(cd.data, measure) + LABEL_GAP + 2, side);
  const y = { field: 'c', type: 'nominal' as const, sort: [...wrappedCategories(cd)].reverse(), axis: null, scale: { type: 'band' as const, paddingInner: 0.18, paddingOuter: 0.1 } };
  const sideView = (group: string, gi: number, reverse: boolean) => ({
    width: side,
    height: plotHeight,
    title: { text: group, color: colors[gi] ?? INK, fontSize: SIZE.title, anchor: reverse ? ('end' as const) : ('start' as const), offset: 6 },
    transform: [{ filter: { field: 'gi', equal: gi } }],
    encoding: {
      y,
      x: { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [0, r4(max)], nice: false, reverse } },
    },
    layer: [
      // No zero-width bars: PDF viewers draw them as hairlines.
      { transform: [{ filter: 'datum.v > 0' }], mark: { type: 'bar' as const, color: colors[gi] ?? INK } },
      { mark: { type: 'text' as const, align: reverse ? ('right' as const) : ('left' as const), baseline: 'middle' as const, dx: reverse ? -LABEL_GAP : LABEL_GAP }, encoding: { text: { field: 'label' } } },
    ],
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: input.id,
    padding: PADDING,
    autosize: { type: 'pad' },
    config: { ...themeConfig(input.lang), concat: { spacing: 0 } },
    data: { values: values(cd.data) },
    hconcat: [
      sideView(left, 0, true),
      {
        width: middle,
        height: plotHeight,
        title: { text: ' ', fontSize: SIZE.title, offset: 6 },
        transform: [{ filter: { field: 'gi', equal: 0 } }],
        mark: { type: 'text', align: 'center', baseline: 'middle', color: INK_SOFT, lineBreak: '\n' },
        encoding: { y, text: { field: 'c' } },
      },
      sideView(right, 1, false),
    ],
  };
}
