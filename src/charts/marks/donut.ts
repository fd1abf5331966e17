/**
 * A donut for two- or three-way splits (sex): slices labelled with their percentage (and count,
 * for counts) inside, a legend beside the ring, optional text in the middle (`n = 295`).
 * Percentages are of the drawn total; when a slice is hidden (small count) the slices show their
 * values only and the legend names the hidden one with its label (`Female (<5)`).
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare, wrappedCategories } from '../data.js';
import { isHidden, valueLabel } from '../labels.js';
import { widestLine, wrapLines } from '../wrap.js';
import { seriesColors } from '../colors.js';
import { chartInputError } from '../input-error.js';
import { DEFAULT_WIDTH, LINE_HEIGHT, PADDING, SPLIT_LINES, frame, measurer, r4, values } from '../frame.js';
import { formatCount, formatPercent } from '../../i18n/number.js';
import { INK } from '../palette.js';
import { SIZE, inkOn } from '../theme.js';
import type { ChartInput } from '../types.js';

const DEFAULT_HEIGHT = 150;
const HOLE = 0.56;
/** Slices narrower than this share carry no label inside (they would not fit). */
const MIN_LABELLED = 0.06;
const LEGEND_GAP = 24;
const SYMBOL = 18;

export function donutSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? DEFAULT_HEIGHT;
  const radius = Math.floor(height / 2 - PADDING - 2);
  // The legend gets what the ring leaves; long labels wrap.
  const legendRoom = width - 2 * PADDING - 2 * radius - LEGEND_GAP - SYMBOL;
  const hiddenLabel = new Map(input.rows.filter(isHidden).map((r) => [r.category, valueLabel(r, input)]));
  const cd = prepare(input, (label) => {
    const shown = hiddenLabel.has(label) ? `${label} (${hiddenLabel.get(label) ?? ''})` : label;
    return wrapLines(shown, measure, { width: legendRoom, size: SIZE.legend, maxLines: 3 });
  });
  if (cd.categories.length > 4) throw chartInputError(input.id, `a donut shows at most 4 slices, got ${cd.categories.length}; use hbar`);
  const legendLabels = wrappedCategories(cd);
  const total = cd.data.reduce((a, d) => a + d.v, 0);
  const anyHidden = cd.data.some((d) => d.hidden);
  const colors = seriesColors(input, cd.categories);
  const data = cd.data.map((d) => {
    const share = total > 0 ? d.v / total : 0;
    // With a hidden slice the drawn total is not the total: counts are shown, never percentages.
    const lines = d.hidden || anyHidden || input.valueKind !== 'count'
      ? [d.label]
      : [formatPercent(share, input.lang, { decimals: input.decimals ?? 0 }), formatCount(d.v, input.lang)];
    return { ...d, slice: lines.join('\n'), ink: inkOn(colors[d.ci] ?? INK), show: !d.hidden && share >= MIN_LABELLED };
  });
  const legendWidth = Math.max(...legendLabels.map((c) => widestLine(c.split('\n'), measure, SIZE.legend))) + SYMBOL;
  const legendLines = legendLabels.reduce((a, c) => a + c.split('\n').length, 0);
  // The ring and its legend, centred together in the width.
  const block = 2 * radius + LEGEND_GAP + legendWidth;
  const cx = Math.round(Math.max(radius + PADDING, (width - block) / 2 + radius));
  const cy = Math.round(height / 2 - PADDING);
  const theta = { field: 'v', type: 'quantitative' as const, stack: true as const };
  const order = { field: 'ci', type: 'quantitative' as const };
  return {
    ...frame(input, width, height),
    layer: [
      {
        data: { values: values(cd.data) },
        transform: [{ filter: 'datum.v > 0' }],
        mark: { type: 'arc', x: cx, y: cy, outerRadius: radius, innerRadius: r4(radius * HOLE) },
        encoding: {
          theta,
          order,
          color: {
            field: 'c',
            type: 'nominal',
            sort: legendLabels,
            scale: { domain: legendLabels, range: colors },
            legend: {
              orient: 'none',
              direction: 'vertical',
              legendX: cx + radius + LEGEND_GAP,
              legendY: Math.round(cy - (legendLines * LINE_HEIGHT + (legendLabels.length - 1) * 8) / 2),
              rowPadding: 8,
              labelExpr: SPLIT_LINES,
              labelLimit: Math.ceil(legendRoom) + 2,
            },
          },
        },
      },
      {
        data: { values: data },
        transform: [{ filter: 'datum.show' }],
        mark: { type: 'text', x: cx, y: cy, radius: r4(radius * (1 + HOLE) / 2), lineBreak: '\n', align: 'center', baseline: 'middle', fontWeight: 'bold' },
        encoding: {
          theta: { ...theta, scale: { domain: [0, r4(total > 0 ? total : 1)] } },
          order,
          text: { field: 'slice' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
      },
      ...(input.centre
        ? [{
            data: { values: [{ centre: input.centre }] },
            mark: { type: 'text' as const, x: cx, y: cy, align: 'center' as const, baseline: 'middle' as const, fontSize: SIZE.title, color: INK },
            encoding: { text: { field: 'centre' } },
          }]
        : []),
    ],
    resolve: { scale: { theta: 'independent', color: 'independent' } },
  };
}
