/** Option `top`: the answer ranked `top` (1: the most common), with `topIsSection` as a condition. */
import type { ResultRow } from '../../analyse/result.js';
import type { SlotSpec } from '../../schema/template.js';
import { SPECIAL, type ResolveContext } from '../slot-context.js';
import type { SlotValue } from '../slot-value.js';
import { rankable, rankedRows, repeatsSingleAnswerFigure } from './ranking.js';

/** The row ranked `top`, or the value of a slot that is not said. */
export function topRow(spec: SlotSpec, top: number, candidates: readonly ResultRow[], ctx: ResolveContext): { row: ResultRow | undefined } | { done: SlotValue } {
  if (repeatsSingleAnswerFigure(candidates, spec, ctx)) return { done: { value: null } };
  if (spec.topIsSection !== undefined) {
    const first = candidates
      .filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.count ?? r.value ?? 0) > 0)
      .sort((a, b) => (b.count ?? b.value ?? 0) - (a.count ?? a.value ?? 0) || (a.category ?? '').localeCompare(b.category ?? ''))[0];
    const isSection = ctx.country !== null && first?.category === ctx.country;
    if (isSection !== spec.topIsSection) return { done: { value: null } };
  }
  if (!rankable(top, candidates, spec, ctx)) return { done: { value: null, suppressed: true, secondary: true } };
  return { row: rankedRows(candidates, spec, ctx)[top - 1] };
}
