/**
 * The contract between analyse/ and everything that publishes: one long, keyed table of results.
 * The bulletin renderer, the CSV/JSON exports and `query` all read rows of this shape.
 */
export type Stat = 'count' | 'share' | 'mean' | 'median' | 'q1' | 'q3' | 'min' | 'max' | 'sum';

export interface ResultRow {
  /** Stable key: `indicator|dim=value|...|category=code`, dims in a fixed order. */
  key: string;
  /** Indicator id from the registry, e.g. `b3.remit_change` (or `query` for ad-hoc queries). */
  indicator: string;
  /** The disaggregation cells: dimension name → code (country, sex, age_group, ...). */
  dims: Record<string, string>;
  /** The category or option the value is about (`stopped`, `food`, ...), absent for a total. */
  category?: string;
  stat: Stat;
  /** The figure; null when suppressed or undefined (no valid base). */
  value: number | null;
  /** Unweighted base of the cell (respondents or records counted in the denominator). */
  n: number;
  /** Unweighted count of the numerator (for shares and counts). */
  count?: number;
  ci_low?: number | null;
  ci_high?: number | null;
  /** `primary` below the threshold, `secondary` hidden so the primary cannot be worked back. */
  suppressed?: 'primary' | 'secondary';
  /** The base `n` is hidden too (then `n` is 0 and is published blank). */
  nHidden?: boolean;
  /**
   * A hidden count's largest value a reader can work out from everything published (the
   * disclosure audit's range); absent when unbounded or unknown. Public knowledge: the narrative
   * ranks with it ("the main countries were …" only when no hidden count can rank among them).
   */
  upper?: number;
  /** Whether the value is weighted. `false` marks an indicative (non-probability) figure. */
  weighted?: boolean;
  /** How ci_low / ci_high were computed: Wilson score (unweighted) or Korn–Graubard (weighted). */
  ci_method?: 'wilson' | 'korn-graubard';
  /** Weighted shares only: the design-based standard error (linearisation, as R's survey package). */
  se?: number | null;
}

export function resultKey(indicator: string, dims: Record<string, string>, category?: string): string {
  const parts = [indicator, ...Object.keys(dims).sort().map((d) => `${d}=${dims[d]}`)];
  if (category !== undefined) parts.push(`category=${category}`);
  return parts.join('|');
}
