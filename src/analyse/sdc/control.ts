/**
 * Disclosure control of one instrument's results as one linked set (the folder's other files):
 *
 *   rows + row sets ─model─▶ variables and relations ─primaries─▶ hidden ─protect (MIP per hidden
 *   value)─▶ hidden ─audit (attacker's min/max per hidden value)─▶ failures? protect them, audit again
 *
 * and the result rows marked accordingly: a row whose base is hidden loses its value, `n` and
 * `count` (`nHidden`); a row whose numerator alone is hidden loses its value and `count` and keeps
 * its `n`. Hidden rows keep their key and dims with `suppressed: 'primary' | 'secondary'`.
 */
import type { ResultRow } from '../result.js';
import { audit, type AuditRange, type AuditResult } from './audit.js';
import type { CellSets } from './cell-sets.js';
import { buildModel, type RowVars, type SdcModel, type TableShape } from './model.js';
import { neighbours, primaries, protect, type Hidden } from './protect.js';

export interface CellInput {
  sets: CellSets;
  /** Per result row, in order. */
  rowVars: RowVars[];
  shapes: ReadonlyMap<string, TableShape>;
  /** Variables published whatever happens (the methodology box's counts): never used as cover. */
  fixed: ReadonlySet<number>;
}

export interface Disclosure {
  minCell: number;
  /** Distinct counts published or hidden (one per set of people). */
  values: number;
  hiddenPrimary: number;
  hiddenSecondary: number;
  /** Small counts (primary) shown as "–", because "<N" would have pinned another hidden value (counted in hiddenSecondary). */
  smallShownAsDash: number;
  /** Hidden values the audit explored, with their feasible ranges. */
  audit: {
    solves: number;
    /** The narrowest range of a hidden value (max − min + 1 possible values). */
    smallestRange: number | null;
    failures: Array<{ cell: string; kind: 'primary' | 'secondary'; min: number; max: number; routes: string[] }>;
  };
  /** Result rows of which value (and count) or n is hidden. */
  rowsHidden: number;
  model: SdcModel;
  hidden: Hidden;
  ranges: AuditRange[];
}

export async function controlDisclosure(rows: ResultRow[], cells: CellInput, minCell: number): Promise<{ rows: ResultRow[]; disclosure: Disclosure }> {
  const model = buildModel(cells.sets, rows, cells.rowVars, cells.shapes);
  for (const v of cells.fixed) model.occurrences[v]! += 1;
  const hidden = primaries(model, minCell);
  const primaryCount = hidden.size;
  const opts = { minCell, maxCover: cells.sets.keepUpTo - 4 * minCell, fixed: cells.fixed };
  const order = (vs: Iterable<number>) => [...vs].sort((x, y) => model.vars[x]!.size - model.vars[y]!.size || x - y);
  await protect(model, hidden, order(hidden.keys()), opts);
  // BULLETIN_SDC_AUDIT=off skips the audit, for measuring its cost only (never for a release)
  const check = process.env.BULLETIN_SDC_AUDIT === 'off' ? skipAudit : audit;
  let result = await check(model, hidden, minCell, cells.fixed);
  for (let round = 0; round < 3 && result.failures.length > 0; round++) {
    await protect(model, hidden, order(result.failures.map((f) => f.v)), opts);
    result = await check(model, hidden, minCell, cells.fixed);
  }
  // Last resort, when the programs found no cover within their limits: hide every published
  // non-zero cell on the lines through a failing value or nesting closely with it, and audit again.
  for (let round = 0; round < 4 && result.failures.length > 0; round++) {
    for (const f of result.failures)
      for (const w of neighbours(model, f.v, 2 * minCell + 1))
        if (!hidden.has(w) && !cells.fixed.has(w) && model.vars[w]!.size > 0) hidden.set(w, 'secondary');
    result = await check(model, hidden, minCell, cells.fixed);
  }
  const upper = new Map<number, number>();
  for (const r of result.ranges) if (!r.boxed) upper.set(r.v, r.max);
  const out = rows.map((r, i) => mark(r, model.rowVars[i]!, hidden, upper, minCell));
  const published = new Set<number>();
  for (const rv of model.rowVars) {
    published.add(rv.base);
    if (rv.num !== null) published.add(rv.num);
  }
  const smallest = result.ranges.reduce<number | null>((m, r) => (m === null ? r.max - r.min + 1 : Math.min(m, r.max - r.min + 1)), null);
  const disclosure: Disclosure = {
    minCell,
    values: published.size,
    hiddenPrimary: [...hidden.values()].filter((k) => k === 'primary').length,
    hiddenSecondary: [...hidden.values()].filter((k) => k === 'secondary').length,
    smallShownAsDash: primaryCount - [...hidden.values()].filter((k) => k === 'primary').length,
    audit: {
      solves: result.solves,
      smallestRange: smallest,
      failures: result.failures.map((f) => ({ cell: rows[model.nameRow[f.v]!]?.key ?? `#${f.v}`, kind: f.kind, min: f.min, max: f.max, routes: f.routes })),
    },
    rowsHidden: out.filter((r) => r.suppressed !== undefined).length,
    model,
    hidden,
    ranges: result.ranges,
  };
  return { rows: out, disclosure };
}

function skipAudit(): Promise<AuditResult> {
  return Promise.resolve({ ranges: [], failures: [], solves: 0 });
}

function mark(r: ResultRow, rv: RowVars, hidden: Hidden, upper: ReadonlyMap<number, number>, minCell: number): ResultRow {
  const hb = hidden.get(rv.base);
  const hn = rv.num === null ? undefined : hidden.get(rv.num);
  if (hb === undefined && hn === undefined) return r;
  const out: ResultRow = { ...r, value: null, suppressed: hb === 'primary' || hn === 'primary' ? 'primary' : 'secondary' };
  delete out.count;
  if ('ci_low' in r) out.ci_low = null;
  if ('ci_high' in r) out.ci_high = null;
  if (hb !== undefined) {
    out.n = 0;
    out.nHidden = true;
  }
  // the count's upper bound as a reader knows it: a "<N" is at most N − 1, a "–" what the audit found
  const u = rv.num === null || hn === undefined ? undefined : (upper.get(rv.num) ?? (hn === 'primary' ? minCell - 1 : undefined));
  if (u !== undefined) out.upper = u;
  return out;
}
