/**
 * Quantiles.
 * - Unweighted: R's default `quantile(type = 7)` (also arquero's and d3's): for sorted x[0..n−1],
 *   h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). The median of an even count is the mean
 *   of the two middle values.
 * - Weighted: `survey::svyquantile(qrule = "math")` (its default), reproduced step by step so that
 *   the figures equal R's: essentially the inverse of the weighted empirical distribution function
 *   (the smallest x with F_w(x) ≥ p), including survey's edge case: when the smallest value alone
 *   carries more than p of the weight, survey returns the second smallest value.
 */
export function quantile7(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number | null {
  return weightedQuantiles(values, weights)(p);
}

/**
 * weightedQuantile for several p over the same values: the values are ordered once (the order is
 * total, ties by position, so each quantile is exactly weightedQuantile's).
 */
export function weightedQuantiles(values: readonly number[], weights: readonly number[]): (p: number) => number | null {
  const keep = values.map((_, i) => i).filter((i) => (weights[i] as number) !== 0);
  const n = keep.length;
  if (n === 0) return () => null;
  const order = keep.sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
  let total = 0;
  for (const i of order) total += weights[i] as number;
  const x = (k: number) => values[order[Math.min(k, n - 1)] as number] as number;
  return (p) => {
    // survey:::qs — pos = last k with cumw[k] <= p·W (1 when there is none), then
    // x[pos] when cumw[pos]/W == p exactly, else x[pos + 1] (x[n] at the end).
    const target = p * total;
    let cum = 0;
    let pos = 0;
    let cumAtPos = 0;
    for (let k = 0; k < n; k++) {
      cum += weights[order[k] as number] as number;
      if (k === 0) cumAtPos = cum;
      if (cum <= target) {
        pos = k;
        cumAtPos = cum;
      }
    }
    return p - cumAtPos / total === 0 ? x(pos) : x(pos + 1);
  };
}
