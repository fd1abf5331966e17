/**
 * Picks the result rows of one indicator for one section: a country (`dims.country` equal to it)
 * or the whole region (`country` absent or `_total`), with every other dimension either given
 * or at its total (`_total` or absent).
 */
import type { ResultRow } from '../analyse/result.js';

export const TOTAL = '_total';

export interface RowFilter {
  indicator: string;
  /** The dimension naming the country of the section: `country` (survey) or `office` (assistance). */
  countryDim?: string;
  /** ISO3 of the section; null for the regional comparison. */
  country: string | null;
  /** Dimension cells that must match; other dimensions must be at their total. */
  dims?: Record<string, string>;
  /** Dimensions left free (e.g. the series of a chart, or `country` in the regional section). */
  free?: readonly string[];
  stat?: string;
}

export function selectRows(rows: readonly ResultRow[], f: RowFilter): ResultRow[] {
  const free = new Set(f.free ?? []);
  const cd = f.countryDim ?? 'country';
  return rows.filter((r) => {
    if (r.indicator !== f.indicator) return false;
    if (f.stat !== undefined && r.stat !== f.stat) return false;
    const c = r.dims[cd];
    if (!free.has(cd)) {
      if (f.country === null ? c !== undefined && c !== TOTAL : c !== f.country) return false;
    }
    for (const [d, v] of Object.entries(r.dims)) {
      if (d === cd || free.has(d)) continue;
      const want = f.dims?.[d];
      if (want === undefined ? v !== TOTAL : v !== want) return false;
    }
    for (const d of Object.keys(f.dims ?? {})) if (!(d in r.dims)) return false;
    return true;
  });
}

/** Index of rows by indicator, so that a bulletin's many lookups do not rescan every row. */
export function byIndicator(rows: readonly ResultRow[]): Map<string, ResultRow[]> {
  const m = new Map<string, ResultRow[]>();
  for (const r of rows) {
    const list = m.get(r.indicator);
    if (list) list.push(r);
    else m.set(r.indicator, [r]);
  }
  return m;
}
