/**
 * A chart that says nothing a sentence would not: one category drawn ("100 % Kyrgyzstan"), with
 * no series to compare, or a stack or donut of one segment. The composer writes such a figure as a
 * sentence; the publication check reports one that got through.
 */
import { isHidden } from './labels.js';
import type { ChartInput, ChartRow } from './types.js';

/** The one row such a chart shows, or null when the chart has something to compare. */
export function singleCategoryRow(chart: ChartInput): ChartRow | null {
  if (chart.type === 'pyramid') return null;
  const drawn = chart.rows.filter((r) => !isHidden(r) && (r.value ?? 0) > 0);
  const categories = new Set(drawn.map((r) => r.category));
  if (categories.size > 1) return null;
  const groups = new Set(drawn.map((r) => r.group ?? ''));
  const oneSegment = chart.type === 'stacked100' || chart.type === 'donut';
  if (groups.size > 1 && !oneSegment) return null;
  return drawn[0] ?? null;
}

/** Whether a chart draws no mark at all (every cell hidden or zero): it shows nothing. */
export function drawsNothing(chart: ChartInput): boolean {
  return chart.rows.every((r) => isHidden(r) || (r.value ?? 0) <= 0);
}

const BAR_TYPES: ReadonlySet<ChartInput['type']> = new Set(['hbar', 'grouped-hbar', 'bar', 'column']);

/**
 * A chart of shares whose every bar is whole (100 %) or empty (0 %): the bars say nothing a
 * sentence would not ("100 % in every country"). Returns the one value, or null.
 */
export function wholeBarsValue(chart: ChartInput): 0 | 1 | null {
  if (chart.valueKind !== 'share' || !BAR_TYPES.has(chart.type) || chart.rows.length < 2) return null;
  if (chart.rows.some((r) => isHidden(r))) return null;
  if (chart.rows.every((r) => (r.value ?? 0) >= 1 - 1e-12)) return 1;
  if (chart.rows.every((r) => (r.value ?? 0) <= 1e-12)) return 0;
  return null;
}
