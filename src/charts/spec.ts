/**
 * `ChartInput` → Vega-Lite spec. Pure and deterministic (text is measured on the bundled font
 * files, never on the machine's fonts), so specs are golden-tested.
 *
 *   ChartInput ─prepare (check, order, wrap, format labels)─▶ Datum[] ─per-type builder─▶ TopLevelSpec
 */
import type { TopLevelSpec } from 'vega-lite';
import { columnsSpec } from './marks/columns.js';
import { donutSpec } from './marks/donut.js';
import { hbarSpec } from './marks/hbar.js';
import { lineSpec } from './marks/line.js';
import { pyramidSpec } from './marks/pyramid.js';
import { slopeSpec } from './marks/slope.js';
import { stacked100Spec } from './marks/stacked100.js';
import type { ChartInput, ChartType } from './types.js';

const BUILDERS: Record<ChartType, (input: ChartInput) => TopLevelSpec> = {
  hbar: hbarSpec,
  'grouped-hbar': hbarSpec,
  donut: donutSpec,
  bar: columnsSpec,
  column: columnsSpec,
  histogram: columnsSpec,
  line: lineSpec,
  stacked100: stacked100Spec,
  pyramid: pyramidSpec,
  slope: slopeSpec,
};

export function toVegaLite(input: ChartInput): TopLevelSpec {
  return BUILDERS[input.type](input);
}
