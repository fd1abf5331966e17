/**
 * Free-text labels (partner, city, referred by: `text` columns of the instrument) are published
 * only when their group passes the threshold. A value typed into fewer than `minCell` records of a
 * section (of all sections, for the regional comparison) — a volunteer's name, a one-off
 * organisation — is replaced by `_other` ("Others") in every result row that would show it, as a
 * dimension value or as a category; rows that become the same cell are merged into one hidden
 * cell. Their counts are below the threshold, so they were hidden already; now the label is too.
 * Values shaped like personal data never get here (validate/text-screen.ts).
 */
import { resultKey, type ResultRow } from './result.js';
import { MISSING, TOTAL } from './frame.js';

export const OTHER = '_other';

export interface FreeTextContext {
  /** Free-text column → its value per row of the frame. */
  columns: ReadonlyMap<string, ArrayLike<unknown>>;
  /** The country (section) of each row of the frame. */
  country: ArrayLike<unknown>;
  countryColumn: string;
  /** The rows in scope (country and period options). */
  base: readonly number[];
  minCell: number;
}

/** Rows per value of each free-text column, per country and over all (`_total`). */
export function freeTextCounts(ctx: FreeTextContext): Map<string, Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const [col, values] of ctx.columns) {
    const byCountry = new Map<string, Map<string, number>>();
    const add = (c: string, v: string) => {
      let m = byCountry.get(c);
      if (!m) byCountry.set(c, (m = new Map()));
      m.set(v, (m.get(v) ?? 0) + 1);
    };
    for (const i of ctx.base) {
      const v = values[i];
      if (typeof v !== 'string' || v === '') continue;
      add(String(ctx.country[i]), v);
      add(TOTAL, v);
    }
    out.set(col, byCountry);
  }
  return out;
}

export function protectFreeText(rows: readonly ResultRow[], variable: string | undefined, ctx: FreeTextContext, counts = freeTextCounts(ctx)): ResultRow[] {
  if (!(ctx.minCell > 0) || ctx.columns.size === 0) return [...rows];
  const small = (col: string, country: string, v: string): boolean => {
    if (v === TOTAL || v === MISSING || v === OTHER) return false;
    return (counts.get(col)?.get(country)?.get(v) ?? 0) < ctx.minCell;
  };
  const out: ResultRow[] = [];
  const byKey = new Map<string, number>();
  for (const r of rows) {
    // a zero cell describes nobody in its section: its label is withheld only when the value is
    // small over all sections (a name typed once elsewhere must not appear in this table either)
    const zero = r.value === 0 && !r.suppressed;
    const country = zero ? TOTAL : (r.dims[ctx.countryColumn] ?? TOTAL);
    let changed = false;
    const dims = { ...r.dims };
    for (const d of Object.keys(dims)) {
      if (ctx.columns.has(d) && small(d, country, dims[d]!)) {
        dims[d] = OTHER;
        changed = true;
      }
    }
    let category = r.category;
    if (category !== undefined && variable !== undefined && ctx.columns.has(variable) && small(variable, country, category)) {
      category = OTHER;
      changed = true;
    }
    if (!changed) {
      out.push(r);
      continue;
    }
    const key = resultKey(r.indicator, dims, category);
    const at = byKey.get(`${key}|${r.stat}`);
    if (at !== undefined) {
      // merged into the first row of the same cell: hidden unless both describe nobody
      const first = out[at]!;
      if (!(zero && first.value === 0 && !first.suppressed)) out[at] = hide(first);
      continue;
    }
    byKey.set(`${key}|${r.stat}`, out.length);
    const relabelled: ResultRow = { ...r, key, dims };
    if (category !== undefined) relabelled.category = category;
    out.push(zero ? relabelled : hide(relabelled));
  }
  return out;
}

function hide(r: ResultRow): ResultRow {
  // its base is hidden with it (nHidden: published blank), as the disclosure control hides one: a
  // published n of 0 would be false, and for a count the n is the count itself
  const hidden: ResultRow = { ...r, value: null, n: 0, nHidden: true, suppressed: r.suppressed ?? 'primary' };
  delete hidden.count;
  if ('ci_low' in r) hidden.ci_low = null;
  if ('ci_high' in r) hidden.ci_high = null;
  return hidden;
}
