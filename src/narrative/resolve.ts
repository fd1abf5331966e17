/**
 * Computes the value of every declared slot of a template for one section from the result rows.
 * A slot names an indicator and, optionally, a statistic, a category (or a rank, `top`), further
 * dimension cells and which number of the row it wants (value, base n, or numerator count). The
 * options that change how a slot resolves are one file each under slot-options/.
 */
import type { ResultRow } from '../analyse/result.js';
import { selectRows } from '../analyse/select-rows.js';
import { changeInterval, type ShareEstimate } from '../analyse/change-interval.js';
import type { SlotSpec } from '../schema/template.js';
import type { ResolveContext } from './slot-context.js';
import type { SlotChange, SlotValue, SlotValues } from './slot-value.js';
import { acrossCountries } from './slot-options/across.js';
import { isAgeSlot, rangeEndLabel, rangeRevealsHidden, revealsHiddenMinors } from './slot-options/age-range.js';
import { reconcileParts, sumOf } from './slot-options/categories.js';
import { listSlot } from './slot-options/list.js';
import { topRow } from './slot-options/top.js';

export type { ResolveContext };

export function resolveSlots(slots: Record<string, SlotSpec>, ctx: ResolveContext): SlotValues {
  const out: SlotValues = {};
  for (const [name, spec] of Object.entries(slots)) out[name] = resolveSlot(spec, ctx);
  reconcileParts(slots, out);
  return out;
}

/** An option that resolves a slot on its own; `candidates`: the slot's rows in the section. */
interface SlotOption {
  applies: (spec: SlotSpec) => boolean;
  resolve: (spec: SlotSpec, ctx: ResolveContext, candidates: () => readonly ResultRow[]) => SlotValue;
}

/** The options that decide a slot's value whole, in order: the first that applies decides. */
const OPTIONS: readonly SlotOption[] = [
  { applies: (s) => s.across !== undefined, resolve: (s, ctx) => acrossCountries(s, s.across!, ctx) },
  { applies: (s) => s.list !== undefined, resolve: (s, ctx, rows) => listSlot(s, s.list!, rows(), ctx) },
  { applies: (s) => s.categories !== undefined, resolve: (s, _ctx, rows) => sumOf(rows(), s) },
];

export function resolveSlot(spec: SlotSpec, ctx: ResolveContext): SlotValue {
  let rows: readonly ResultRow[] | undefined;
  const candidates = () =>
    (rows ??= selectRows(ctx.rowsOf(spec.indicator), {
      indicator: spec.indicator,
      countryDim: ctx.countryDimOf(spec.indicator),
      country: ctx.country,
      dims: spec.dims,
      stat: spec.stat,
    }));
  const option = OPTIONS.find((o) => o.applies(spec));
  if (option) return option.resolve(spec, ctx, candidates);
  let row: ResultRow | undefined;
  if (spec.top !== undefined) {
    const picked = topRow(spec, spec.top, candidates(), ctx);
    if ('done' in picked) return picked.done;
    row = picked.row;
  } else if (spec.category !== undefined) {
    row = candidates().find((r) => r.category === spec.category);
  } else {
    row = candidates().find((r) => r.category === undefined) ?? candidates()[0];
  }
  if (!row) {
    // A category that nobody chose has no row: it is a true zero when the indicator has rows here.
    if (spec.category !== undefined && candidates().length > 0 && spec.value !== 'n') return { value: 0 };
    return { value: null };
  }
  return valueOfRow(spec, row, ctx);
}

/** The number the slot wants from its row, hidden where the row or a figure beside it is. */
function valueOfRow(spec: SlotSpec, row: ResultRow, ctx: ResolveContext): SlotValue {
  // an end of an age range carries the label of the figure's youngest or oldest age group that
  // anyone is in (shown or hidden: a hidden cell is never empty), for the template's fallback; the
  // template uses it only where the figure counts the range's own population (not a subgroup's)
  const label = row.category !== undefined ? ctx.labelOf(spec.indicator, row.category) : spec.hiddenWith !== undefined && isAgeSlot(spec) ? rangeEndLabel(spec.stat === 'min', row, spec.hiddenWith, ctx) : undefined;
  const base: SlotValue = label ? { value: null, label, row } : { value: null, row };
  if (spec.value === 'n') {
    // the base is hidden with the row's value when it is itself a small or covering count
    if (row.nHidden) return row.suppressed === 'secondary' ? { ...base, suppressed: true, secondary: true } : { ...base, suppressed: true };
    if (ctx.minCell > 0 && row.n > 0 && row.n < ctx.minCell) return { ...base, suppressed: true };
    return { ...base, value: row.n };
  }
  if (row.suppressed === 'secondary') return { ...base, suppressed: true, secondary: true };
  if (row.suppressed) return { ...base, suppressed: true };
  if (spec.hiddenWith !== undefined && isAgeSlot(spec) && row.value !== null) {
    // An age range is said whole or not at all: when either end falls in an age group the figure
    // hides, both ends are hidden, and each carries its age group's label ("0–4", "65+"), which the
    // template's fallback may print ("in age groups from 0–4 to 65+"): a hidden cell is never
    // empty (zeros are published), so the groups tell nothing the figure does not.
    if (rangeRevealsHidden(spec, spec.hiddenWith, ctx)) return { ...base, suppressed: true, secondary: true };
    return { ...base, value: row.value };
  }
  if (spec.hiddenWith !== undefined && row.value !== null && revealsHiddenMinors(row.category, spec.hiddenWith, ctx)) {
    // Not small in itself: hidden so that the text does not tell what a figure hides.
    return { ...base, suppressed: true, secondary: true };
  }
  if (spec.value === 'count') {
    const c = row.count ?? (row.stat === 'count' ? row.value : null);
    return { ...base, value: c ?? null };
  }
  const change = row.stat === 'share' && (spec.value ?? 'value') === 'value' ? changeOf(row, ctx) : undefined;
  return change ? { ...base, value: row.value, change } : { ...base, value: row.value };
}

/** The row compared with its baseline: significant when the 95 % interval of the difference excludes 0. */
function changeOf(row: ResultRow, ctx: ResolveContext): SlotChange | undefined {
  const before = ctx.baselineOf?.(row);
  if (!before || row.value === null) return undefined;
  const now: ShareEstimate = { value: row.value, n: row.n, count: row.count ?? null, se: row.se ?? null };
  const iv = changeInterval(now, before);
  return { before: before.value, significant: iv !== null && (iv.low > 0 || iv.high < 0) };
}
