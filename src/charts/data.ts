/**
 * Rows of a `ChartInput` checked and put in order: categories and groups in print order, one datum
 * per row with its printed label. Every chart type starts from this.
 */
import { chartInputError } from './input-error.js';
import { isHidden, valueLabel } from './labels.js';
import type { ChartInput } from './types.js';

/** One mark's data, as written into the Vega-Lite spec (short field names keep golden files readable). */
export interface Datum {
  /** Category label as printed (lines joined by `\n` once wrapped). */
  c: string;
  /** Group label ('' when the chart has no groups). */
  g: string;
  /** The value drawn (0 for a hidden cell, which draws no mark). */
  v: number;
  /** The printed value label. */
  label: string;
  /** Whether the cell is hidden (suppressed or without value). */
  hidden: boolean;
  /** Unweighted base, when known. */
  n: number | null;
  /** Position of the category and of the group in print order. */
  ci: number;
  gi: number;
}

export interface ChartData {
  data: Datum[];
  /** Category labels in print order (unwrapped). */
  categories: string[];
  /** Group labels in print order (`['']` when the chart has no groups). */
  groups: string[];
}

/** The weight of a hidden cell when categories are ranked: above zero, below any shown value. */
const HIDDEN_RANK = 1e-9;

const NEEDS_GROUPS = new Set(['grouped-hbar', 'stacked100', 'pyramid', 'slope']);

/**
 * Categories in print order. Ranked charts: largest first; a hidden cell ("<5", "–") ranks below
 * every shown value above zero, so hidden bars come after the shown ones and before the residual
 * answers ("Other", "None"), which close the list; zeros come after the hidden. Unranked charts
 * keep the categories' natural order (age groups, levels), hidden or not. Cross tables use the same
 * order (compose/cross-table.ts).
 */
export function orderCategories(input: ChartInput): string[] {
  const first = new Map<string, { idx: number; order: number; total: number; residual: boolean }>();
  input.rows.forEach((r, idx) => {
    const e = first.get(r.category);
    // A hidden "<5" is more than nothing: it ranks below every shown number above zero, above zeros.
    const v = isHidden(r) ? (r.suppressed !== undefined ? HIDDEN_RANK : 0) : (r.value ?? 0);
    if (!e) first.set(r.category, { idx, order: r.order ?? Number.POSITIVE_INFINITY, total: v, residual: r.residual === true });
    else {
      e.total += v;
      e.residual ||= r.residual === true;
      if (r.order !== undefined && r.order < e.order) e.order = r.order;
    }
  });
  const entries = [...first.entries()];
  // Ranked (sortByValue): largest first, the residual answers ("Other", "None", "Don't know") last
  // in their own order; a category's questionnaire order only breaks ties.
  if (input.sortByValue) {
    entries.sort(([, a], [, b]) =>
      Number(a.residual) - Number(b.residual) ||
      (a.residual ? a.order - b.order || a.idx - b.idx : b.total - a.total || a.order - b.order || a.idx - b.idx),
    );
    return entries.map(([c]) => c);
  }
  entries.sort(([, a], [, b]) => a.order - b.order || a.idx - b.idx);
  return entries.map(([c]) => c);
}

function orderGroups(input: ChartInput): string[] {
  const seen: string[] = [];
  for (const r of input.rows) {
    const g = r.group ?? '';
    if (!seen.includes(g)) seen.push(g);
  }
  if (!input.groups) return seen;
  for (const g of seen) {
    if (!input.groups.includes(g)) throw chartInputError(input.id, `row group "${g}" is not in groups [${input.groups.join(', ')}]`);
  }
  return [...input.groups];
}

function check(input: ChartInput, groups: string[]): void {
  if (input.rows.length === 0) throw chartInputError(input.id, 'no rows');
  const keys = new Set<string>();
  for (const r of input.rows) {
    const key = `${r.category}\u0000${r.group ?? ''}`;
    if (keys.has(key)) throw chartInputError(input.id, `duplicate cell "${r.category}" / "${r.group ?? ''}"`);
    keys.add(key);
    if (r.value !== null && !Number.isFinite(r.value)) throw chartInputError(input.id, `value of "${r.category}" is not a finite number`);
    if (r.value !== null && r.value < 0 && input.valueKind !== 'number') throw chartInputError(input.id, `negative ${input.valueKind} for "${r.category}"`);
    if (r.value !== null && input.valueKind === 'share' && r.value > 1 + 1e-9) throw chartInputError(input.id, `share above 1 for "${r.category}" (shares are proportions in [0, 1])`);
  }
  const grouped = groups.some((g) => g !== '');
  if (NEEDS_GROUPS.has(input.type) && !grouped) throw chartInputError(input.id, `${input.type} needs a group on every row`);
  if (grouped && input.rows.some((r) => r.group === undefined)) throw chartInputError(input.id, 'some rows have a group and some do not');
  if ((input.type === 'pyramid' || input.type === 'slope') && groups.length !== 2) {
    throw chartInputError(input.id, `${input.type} needs exactly two groups, got ${groups.length}`);
  }
  if (input.type === 'donut' && grouped) throw chartInputError(input.id, 'a donut has no groups');
}

/** Checks the input and returns its data in print order. `wrap` turns a category label into its lines. */
export function prepare(input: ChartInput, wrap: (label: string) => string[] = (l) => [l]): ChartData {
  const groups = orderGroups(input);
  check(input, groups);
  const categories = orderCategories(input);
  const wrapped = new Map(categories.map((c) => [c, wrap(c).join('\n')]));
  const data: Datum[] = input.rows.map((r) => ({
    c: wrapped.get(r.category) ?? r.category,
    g: r.group ?? '',
    v: isHidden(r) ? 0 : (r.value ?? 0),
    label: valueLabel(r, input),
    hidden: isHidden(r),
    n: r.n ?? null,
    ci: categories.indexOf(r.category),
    gi: groups.indexOf(r.group ?? ''),
  }));
  data.sort((a, b) => a.ci - b.ci || a.gi - b.gi);
  return { data, categories, groups };
}

/** Wrapped labels of the categories, in print order (as written in the data). */
export function wrappedCategories(cd: ChartData): string[] {
  const byIndex = new Map(cd.data.map((d) => [d.ci, d.c]));
  return cd.categories.map((c, i) => byIndex.get(i) ?? c);
}
