/**
 * The 95 % interval of the difference between two independent estimates of a share (this round
 * minus the baseline round), as `bulletin build --baseline` and `bulletin diff` publish it:
 *
 * - both rounds unweighted: Newcombe's hybrid score interval (Newcombe 1998, method 10) from the
 *   two Wilson intervals (l₁, u₁) and (l₂, u₂) of p₁ = x₁/n₁ and p₂ = x₂/n₂:
 *     d = p₁ − p₂,  [d − √((p₁ − l₁)² + (u₂ − p₂)²),  d + √((u₁ − p₁)² + (p₂ − l₂)²)]
 * - both rounds weighted: the design-based interval, the rounds taken as independent samples:
 *     d ± z·√(se₁² + se₂²)
 *   with se the linearisation standard error of each round's estimate (analyse/intervals.ts), as
 *   R's survey package gives for `svymean` in each round's design; z = qnorm(0.975).
 * - one round weighted and the other not: no interval (the two estimates are not of one kind).
 */
import { wilson, Z_975, type Interval } from './intervals.js';

export interface ShareEstimate {
  /** The share (0–1). */
  value: number;
  /** Unweighted base. */
  n: number;
  /** Unweighted numerator (unweighted estimates). */
  count: number | null;
  /** Design-based standard error (weighted estimates only). */
  se: number | null;
}

export type ChangeMethod = 'newcombe' | 'design-based';

export interface ChangeInterval extends Interval {
  method: ChangeMethod;
}

export function changeInterval(now: ShareEstimate, before: ShareEstimate, z = Z_975): ChangeInterval | null {
  if (now.se !== null && before.se !== null) {
    const half = z * Math.sqrt(now.se * now.se + before.se * before.se);
    const d = now.value - before.value;
    return { low: d - half, high: d + half, method: 'design-based' };
  }
  if (now.se !== null || before.se !== null) return null;
  if (now.count === null || before.count === null) return null;
  return newcombe(now.count, now.n, before.count, before.n, z);
}

/** Newcombe's hybrid score interval for p₁ − p₂ (independent proportions x₁/n₁ and x₂/n₂). */
export function newcombe(x1: number, n1: number, x2: number, n2: number, z = Z_975): ChangeInterval | null {
  const w1 = wilson(x1, n1, z);
  const w2 = wilson(x2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
    method: 'newcombe',
  };
}
