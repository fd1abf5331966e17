/**
 * 95 % confidence intervals for proportions.
 *
 * - Unweighted data: the Wilson score interval (no continuity correction).
 * - Weighted data: the Korn–Graubard interval exactly as R's
 *   `survey::svyciprop(~y, svydesign(ids = ~1, weights = ~w, data = d), method = "beta")` computes it:
 *     p     = Σ w·y / Σ w                              (sums over the n rows of the group)
 *     var̂  = N/(N−1) · Σ w²(y − p)² / (Σ w)²           (linearisation, with replacement, one stratum)
 *     n_eff = p(1 − p) / var̂ · (qt(α/2, n−1) / qt(α/2, degf))²   — the ratio is 1 here (degf = n − 1)
 *   where N is the number of rows of the whole design: a group (or a filtered population) is a
 *   domain, i.e. `subset(design, …)`, and survey keeps the design's sample size for the factor
 *   N/(N−1) (checked against R: with n/(n−1) the intervals differ in the 4th decimal).
 *     [qbeta(α/2, n_eff·p, n_eff(1−p) + 1), qbeta(1−α/2, n_eff·p + 1, n_eff(1−p))]
 *   One deliberate difference: when var̂ = 0 (p = 0 or 1, or a single respondent) R returns NaN;
 *   here n_eff = n (Korn & Graubard 1998), which gives the Clopper–Pearson interval on n.
 *   `se` = √var̂, the design-based standard error R's `SE(svymean(~y, subset(design, …)))` prints;
 *   the comparison of two rounds (analyse/change-interval.ts) uses it.
 */
import { betaQuantile } from './beta.js';

export interface Interval {
  low: number;
  high: number;
}

/** Standard normal quantile for 97.5 % (R: qnorm(0.975)). */
export const Z_975 = 1.959963984540054;

export function wilson(count: number, n: number, z = Z_975): Interval | null {
  if (!(n > 0)) return null;
  const p = count / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Weighted proportion and its Korn–Graubard interval for 0/1 outcomes `y` with weights `w`
 * (same length, no missing values: the caller passes the base only); `designSize` = N above.
 */
export function kornGraubard(
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  designSize: number = y.length,
  alpha = 0.05,
): { p: number; interval: Interval | null; se: number | null } {
  const n = y.length;
  const N = Math.max(designSize, n);
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i] as number;
    swy += (w[i] as number) * (y[i] as number);
  }
  if (!(sw > 0)) return { p: Number.NaN, interval: null, se: null };
  const p = swy / sw;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const z = (w[i] as number) * ((y[i] as number) - p);
    ss += z * z;
  }
  const variance = N > 1 ? ((N / (N - 1)) * ss) / (sw * sw) : 0;
  const nEff = variance > 0 ? (p * (1 - p)) / variance : n;
  const low = betaQuantile(alpha / 2, nEff * p, nEff * (1 - p) + 1);
  const high = betaQuantile(1 - alpha / 2, nEff * p + 1, nEff * (1 - p));
  return { p, interval: { low, high }, se: Math.sqrt(variance) };
}
