/** Ranked answers, shared by the `list` and `top` options of a slot. */
import type { ResultRow } from '../../analyse/result.js';
import type { SlotSpec } from '../../schema/template.js';
import { SPECIAL, type ResolveContext } from '../slot-context.js';

/** The answers given, largest first (ties by code); `otherThanSection` leaves the section's country out. */
export function rankedRows(candidates: readonly ResultRow[], spec: SlotSpec, ctx: ResolveContext): ResultRow[] {
  return candidates
    .filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.count ?? r.value ?? 0) > 0)
    .filter((r) => !(spec.otherThanSection && r.category === ctx.country))
    .sort((a, b) => (b.count ?? b.value ?? 0) - (a.count ?? a.value ?? 0) || (a.category ?? '').localeCompare(b.category ?? ''));
}

/**
 * "The most common citizenship was Kyrgyzstan (100%)", "The main countries of return: Kyrgyzstan
 * (18)" repeat the section's figure of one answer (hidden cells count as answers), which is drawn
 * as a sentence: the fragment is left out.
 */
export function repeatsSingleAnswerFigure(candidates: readonly ResultRow[], spec: SlotSpec, ctx: ResolveContext): boolean {
  return ctx.drawn?.has(spec.indicator) === true && candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.suppressed || (r.count ?? r.value ?? 0) > 0)).length === 1;
}

/**
 * A ranking ("the main countries were …", "most often …") is only said when no hidden count could
 * rank among the `k` numbers it names, as far as a reader can tell (a hidden row's public upper bound).
 */
export function rankable(k: number, candidates: readonly ResultRow[], spec: SlotSpec, ctx: ResolveContext): boolean {
  const r = rankedRows(candidates, spec, ctx);
  const last = r[Math.min(k, r.length) - 1];
  const floor = last ? (last.count ?? last.value ?? 0) : 0;
  return !candidates.some((h) => h.suppressed !== undefined && h.category !== undefined && !SPECIAL.has(h.category) && !(spec.otherThanSection && h.category === ctx.country) && (h.upper ?? Infinity) >= floor);
}
