/**
 * Slope chart: each category's value at two points (before / now), joined by a line; values at
 * both ends, the category named at the right end, labels nudged apart so they never overlap.
 * Positions are computed here in points (scales disabled), so the layout is exact.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare } from '../data.js';
import { seriesColors } from '../colors.js';
import { DEFAULT_WIDTH, PADDING, VEGA_LITE_SCHEMA, maxValue, measurer, r4 } from '../frame.js';
import { NBSP } from '../../i18n/lang.js';
import { INK, INK_SOFT, RULE } from '../palette.js';
import { SIZE, themeConfig } from '../theme.js';
import { wrapLines } from '../wrap.js';
import type { ChartInput } from '../types.js';

const HEADER = 24;
/** Room between a point and its label; a displaced label is joined to its point by a leader. */
const GAP = 14;
const MIN_SPACING = SIZE.value + 3;

/**
 * Moves label positions apart by at least `gap`, keeping their order: overlapping labels are
 * merged into a cluster centred on the mean of their points, until no clusters overlap; then the
 * whole is kept within [lo, hi].
 */
export function spread(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  let clusters = order.map((o) => ({ ys: [o.y], top: o.y }));
  for (let merged = true; merged; ) {
    merged = false;
    for (let k = 1; k < clusters.length; k++) {
      const a = clusters[k - 1];
      const b = clusters[k];
      if (!a || !b || a.top + a.ys.length * gap <= b.top + 1e-9) continue;
      const all = [...a.ys, ...b.ys];
      const mean = all.reduce((s, y) => s + y, 0) / all.length;
      clusters = [...clusters.slice(0, k - 1), { ys: all, top: mean - ((all.length - 1) * gap) / 2 }, ...clusters.slice(k + 1)];
      merged = true;
      break;
    }
  }
  const out = clusters.flatMap((c) => c.ys.map((_, j) => c.top + j * gap));
  const last = out.length - 1;
  if (last >= 0 && (out[last] ?? 0) > hi) {
    out[last] = hi;
    for (let k = last - 1; k >= 0; k--) out[k] = Math.min(out[k] ?? 0, (out[k + 1] ?? 0) - gap);
  }
  if (out.length && (out[0] ?? 0) < lo) {
    out[0] = lo;
    for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k] ?? 0, (out[k - 1] ?? 0) + gap);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => { result[o.i] = out[k] ?? o.y; });
  return result;
}

export function slopeSpec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const cd = prepare(input);
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? Math.max(200, cd.categories.length * 2 * MIN_SPACING + HEADER + 40);
  const colors = seriesColors(input, cd.categories);
  const [before = '', after = ''] = cd.groups;
  const at = (gi: number) => cd.data.filter((d) => d.gi === gi);
  const leftRoom = Math.max(measure(before, SIZE.label, 'bold') / 2, ...at(0).map((d) => measure(d.label, SIZE.value))) + GAP;
  const nameWidth = Math.min(width * 0.34, Math.max(...cd.categories.map((c) => measure(c, SIZE.label))));
  const rightRoom = Math.max(measure(after, SIZE.label, 'bold') / 2, ...at(1).map((d) => measure(d.label, SIZE.value))) + GAP + nameWidth + 6;
  const x0 = PADDING + leftRoom;
  const x1 = width - PADDING - rightRoom;
  const top = HEADER + SIZE.value;
  const bottom = height - PADDING - SIZE.value;
  const max = maxValue(cd.data);
  const yOf = (v: number) => bottom - (v / max) * (bottom - top);

  const points = cd.data.filter((d) => !d.hidden).map((d) => ({ ci: d.ci, gi: d.gi, c: cd.categories[d.ci] ?? d.c, label: d.label, x: r4(d.gi === 0 ? x0 : x1), y: r4(yOf(d.v)) }));
  const labels: Record<string, string | number>[] = [];
  for (const gi of [0, 1]) {
    const side = cd.data.filter((d) => d.gi === gi);
    const ys = spread(side.map((d) => yOf(d.v)), MIN_SPACING * (gi === 1 ? 1.15 : 1), top, bottom);
    side.forEach((d, k) => {
      const name = wrapLines(cd.categories[d.ci] ?? '', measure, { width: nameWidth, size: SIZE.label, maxLines: 1 })[0] ?? '';
      labels.push({
        ci: d.ci,
        text: gi === 0 ? d.label : `${d.label}${NBSP}${NBSP}${name}`,
        x: r4(gi === 0 ? x0 - GAP : x1 + GAP),
        y: r4(ys[k] ?? yOf(d.v)),
        // Leader from the point to the label.
        lx: r4(gi === 0 ? x0 - 5 : x1 + 5),
        ly: r4(yOf(d.v)),
        lx2: r4(gi === 0 ? x0 - GAP + 2 : x1 + GAP - 2),
        align: gi === 0 ? 'right' : 'left',
      });
    });
  }
  const px = (field: string) => ({ field, type: 'quantitative' as const, scale: null, axis: null });
  const color = { field: 'ci', type: 'nominal' as const, scale: { domain: cd.categories.map((_, i) => i), range: colors }, legend: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: input.id,
    width,
    height,
    padding: 0,
    autosize: { type: 'none' },
    config: themeConfig(input.lang),
    layer: [
      {
        data: { values: [{ x: r4(x0), t: before }, { x: r4(x1), t: after }] },
        layer: [
          { mark: { type: 'rule', color: RULE, strokeWidth: 0.75 }, encoding: { x: px('x'), y: { value: top - 6 }, y2: { value: bottom + 4 } } },
          { mark: { type: 'text', baseline: 'top', fontWeight: 'bold', color: INK_SOFT, y: 2 }, encoding: { x: px('x'), text: { field: 't' } } },
        ],
      },
      {
        data: { values: points },
        layer: [
          { mark: { type: 'line', strokeWidth: 2 }, encoding: { x: px('x'), y: px('y'), detail: { field: 'ci' }, color } },
          { mark: { type: 'point', size: 36 }, encoding: { x: px('x'), y: px('y'), color } },
        ],
      },
      {
        data: { values: labels },
        layer: [
          { mark: { type: 'rule', color: RULE, strokeWidth: 0.75 }, encoding: { x: px('lx'), y: px('ly'), x2: { field: 'lx2' }, y2: { field: 'y' } } },
          { transform: [{ filter: "datum.align == 'right'" }], mark: { type: 'text', align: 'right', baseline: 'middle', color: INK }, encoding: { x: px('x'), y: px('y'), text: { field: 'text' } } },
          { transform: [{ filter: "datum.align == 'left'" }], mark: { type: 'text', align: 'left', baseline: 'middle', color: INK }, encoding: { x: px('x'), y: px('y'), text: { field: 'text' } } },
        ],
      },
    ],
  };
}
