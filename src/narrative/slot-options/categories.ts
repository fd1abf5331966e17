/**
 * Option `categories`: the sum of several categories of one base ("more than half" + "all"), and
 * the reconciliation of such a total with its parts printed beside it.
 */
import type { ResultRow } from '../../analyse/result.js';
import type { SlotSpec } from '../../schema/template.js';
import { clean } from '../slot-context.js';
import type { SlotValue, SlotValues } from '../slot-value.js';

/** The sum of several categories of one base ("more than half" + "all"); hidden when one of them is. */
export function sumOf(candidates: readonly ResultRow[], spec: SlotSpec): SlotValue {
  const rows = candidates.filter((r) => r.category !== undefined && spec.categories!.includes(r.category));
  if (rows.some((r) => r.suppressed)) return { value: null, suppressed: true, secondary: rows.every((r) => !r.suppressed || r.suppressed === 'secondary') };
  if (rows.length === 0) return { value: candidates.length > 0 && spec.value !== 'n' ? 0 : null };
  const pick = (r: ResultRow) => (spec.value === 'n' ? r.n : spec.value === 'count' ? (r.count ?? null) : r.value);
  if (spec.value === 'n') return { value: rows[0]!.n };
  const values = rows.map(pick);
  return { value: values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0) };
}

/**
 * A total and its parts printed together add up, and each part reads as its figure does: the parts
 * keep their own rounding (that of the charts and tables beside the sentence) and the total printed
 * is their sum: "81% … (37% … and 44% …)", neither "82% … (37% … and 44% …)" nor a part moved to
 * 45% beside a figure that shows 44%. For every slot summing categories of one base (`categories`)
 * whose categories are each the value of another slot (same indicator and cells), when the sum of
 * the rounded parts is within one point of the rounded total (rounding, nothing else), the total
 * takes that sum, wherever the bulletin prints it (sentence, key figure, key finding); the result
 * rows (what the tables record) are untouched. A part that rounds to 0 leaves the total as it is.
 */
export function reconcileParts(slots: Record<string, SlotSpec>, values: SlotValues): void {
  const sameCells = (a: SlotSpec, b: SlotSpec) => a.indicator === b.indicator && JSON.stringify(a.dims ?? {}) === JSON.stringify(b.dims ?? {}) && (a.value ?? 'value') === (b.value ?? 'value') && a.stat === b.stat;
  for (const [name, spec] of Object.entries(slots)) {
    const total = values[name];
    if (spec.categories === undefined || (spec.value ?? 'value') !== 'value' || !total || total.suppressed || total.value === null) continue;
    const parts = spec.categories.map((c) => Object.entries(slots).filter(([n, p]) => n !== name && p.category === c && p.categories === undefined && p.top === undefined && p.list === undefined && sameCells(p, spec)).map(([n]) => n));
    if (parts.some((p) => p.length === 0)) continue;
    const shares = parts.map((p) => values[p[0]!]);
    if (shares.some((v) => !v || v.suppressed || v.value === null || v.value <= 0)) continue;
    const rounded = shares.map((v) => Math.round(clean(v!.value! * 100)));
    if (rounded.some((r) => r <= 0)) continue;
    const sum = rounded.reduce((a, b) => a + b, 0);
    const whole = Math.round(clean(total.value * 100));
    if (sum === whole || Math.abs(sum - whole) > 1 || sum > 100) continue;
    values[name] = { ...total, value: sum / 100 };
  }
}
