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
  // a hidden cell is an answer someone gave (a "–" is never a zero): the chart has more than one
  if (chart.rows.some((r) => r.suppressed !== undefined)) return null;
  const drawn = chart.rows.filter((r) => !isHidden(r) && (r.value ?? 0) > 0);
  const categories = new Set(drawn.map((r) => r.category));
  if (categories.size > 1) return null;
  const groups = new Set(drawn.map((r) => r.group ?? ''));
  const oneSegment = chart.type === 'stacked100' || chart.type === 'donut';
  if (groups.size > 1 && !oneSegment) return null;
  // "in every case" is said of a whole: a share below 100 % (one option of several chosen) is drawn
  if (chart.valueKind === 'share' && drawn.some((r) => (r.value ?? 0) < 1 - 1e-9)) return null;
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

/**
 * A stacked 100 % chart whose every bar is one answer at 100 % (a different one in some bars):
 * no bar compares anything, so the chart says nothing a sentence would not ("Kyrgyzstan: returning
 * migrants; Kazakhstan: stranded migrants"). Returns each bar's answer, in the bars' order, or null.
 */
export function wholeStackCategories(chart: ChartInput): { group: string; category: string }[] | null {
  if (chart.type !== 'stacked100') return null;
  const groups = chart.groups ?? [...new Set(chart.rows.map((r) => r.group ?? ''))];
  if (groups.length < 2) return null;
  const out: { group: string; category: string }[] = [];
  for (const g of groups) {
    const rows = chart.rows.filter((r) => (r.group ?? '') === g);
    if (rows.some((r) => isHidden(r))) return null;
    const drawn = rows.filter((r) => (r.value ?? 0) > 0);
    if (drawn.length !== 1) return null;
    out.push({ group: g, category: drawn[0]!.category });
  }
  return out;
}
