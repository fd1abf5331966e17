/**
 * Horizontal bars (`hbar`) and clustered horizontal bars (`grouped-hbar`): category labels on the
 * left, wrapped to lines on the real font; value labels after the bar ends; no value axis.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare } from '../data.js';
import { topLegend } from '../legend.js';
import { DEFAULT_WIDTH, LABEL_GAP, LINE_HEIGHT, PADDING, categoryAxis, domainWithRoom, frame, measurer, scaleTop, r4, values, widestLabel } from '../frame.js';
import { groupColor, seriesColors } from '../colors.js';
import { SIZE } from '../theme.js';
import { widestLine, wrapLines } from '../wrap.js';
import type { ChartInput } from '../types.js';

/** Category labels take at most this share of the width (half-width charts: a little more, so that they wrap less). */
const LABEL_SHARE = 0.4;
const LABEL_SHARE_NARROW = 0.5;
const NARROW = 300;
const BAR = 12;
const BAR_GROUPED = 9;

/** The width the category labels of a bar chart `width` wide wrap to. */
export function hbarLabelWidth(width: number): number {
  return Math.floor(width * (width < NARROW ? LABEL_SHARE_NARROW : LABEL_SHARE));
}

export function hbarSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const width = input.width ?? DEFAULT_WIDTH;
  const wrapWidth = hbarLabelWidth(width);
  const lines = new Map<string, string[]>();
  const cd = prepare(input, (label) => {
    const l = wrapLines(label, measure, { width: wrapWidth, size: SIZE.label });
    lines.set(label, l);
    return l;
  });
  const grouped = input.type === 'grouped-hbar';
  const k = grouped ? cd.groups.length : 1;
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const clusterHeight = grouped ? k * BAR_GROUPED + 7 : BAR + 6;
  const step = Math.max(clusterHeight, maxLines * LINE_HEIGHT + 4);
  const labelColumn = Math.max(0, ...[...lines.values()].map((l) => widestLine(l, measure, SIZE.label))) + 5;
  const plot = width - labelColumn - 2 * PADDING;
  // The legend starts at the plot's left edge, right of the category labels: its columns fit the plot.
  const legend = topLegend(cd.groups, plot + 2 * PADDING, measure);
  const height = input.height ?? cd.categories.length * step + (grouped ? legend.height : 0) + 2 * PADDING;
  const xMax = domainWithRoom(scaleTop(input, cd.data), widestLabel(cd.data, measure) + LABEL_GAP + 2, plot);
  const bandPadding = grouped ? 1 - (k * BAR_GROUPED) / step : 1 - BAR / step;

  const x = { field: 'v', type: 'quantitative' as const, axis: null, scale: { domain: [0, r4(xMax)], nice: false, zero: true } };
  const colors = seriesColors(input, cd.groups);
  return {
    ...frame(input, width, height),
    data: { values: values(cd.data) },
    encoding: {
      y: {
        field: 'ci',
        type: 'ordinal',
        sort: cd.categories.map((_, i) => i),
        title: null,
        scale: { paddingInner: r4(Math.max(0.05, bandPadding)), paddingOuter: r4(Math.max(0.05, bandPadding / 2)) },
        axis: { ...categoryAxis(cd.categories.map((c) => lines.get(c) ?? [c]), true), labelLimit: wrapWidth + 10, domain: true },
      },
      ...(grouped ? { yOffset: { field: 'g', type: 'nominal', sort: cd.groups, scale: { paddingInner: 0.08 } } } : {}),
    },
    layer: [
      {
        // No zero-width bars: PDF viewers draw them as hairlines.
        transform: [{ filter: 'datum.v > 0' }],
        mark: { type: 'bar' },
        encoding: { x, ...groupColor(grouped, cd.groups, colors, legend.legend) },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: LABEL_GAP },
        encoding: { x, text: { field: 'label' } },
      },
    ],
  };
}
