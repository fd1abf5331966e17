/**
 * The numbers behind a figure as a table (tables/<figure-id>.csv and .json): one line per result
 * cell, with its labels in both languages, its unweighted base and whether it was hidden.
 * Hidden cells keep their line but not their value.
 */
import type { ResultRow } from '../analyse/result.js';
import type { IndicatorInfo } from '../compose/indicator-info.js';
import { codeLabel } from '../compose/labels.js';
import type { FigurePlan } from '../compose/figure-plan.js';
import { toCsv } from '../text/csv-safe.js';

export interface FigureTable {
  figure: string;
  indicator: string;
  country: string | null;
  columns: string[];
  rows: Array<Record<string, string | number | null>>;
}

/** `asOf`: the date of the bulletin's data, whose place names the labels use. */
export function figureTable(plan: FigurePlan, ind: IndicatorInfo, asOf?: string): FigureTable {
  const dims = [...new Set(plan.data.rows.flatMap((r) => Object.keys(r.dims)))];
  // `se` (the design-based standard error) only in the tables of weighted data: a later round's
  // build compares its shares with these (`--baseline`, pipeline/changes.ts).
  const withSe = plan.data.rows.some((r) => r.se !== undefined);
  const columns = [...dims, 'category', 'label_en', 'label_ru', 'stat', 'value', 'n', 'count', 'ci_low', 'ci_high', ...(withSe ? ['se'] : []), 'suppressed'];
  const rows = plan.data.rows.map((r: ResultRow) => {
    const label = r.category !== undefined ? codeLabel(r.category, ind.variable, ind.instrument, asOf) : null;
    const o: Record<string, string | number | null> = {};
    for (const d of dims) o[d] = r.dims[d] ?? null;
    o.category = r.category ?? null;
    o.label_en = label?.en ?? null;
    o.label_ru = label?.ru ?? null;
    o.stat = r.stat;
    o.value = r.suppressed ? null : r.value;
    o.n = r.nHidden ? null : r.n;
    o.count = r.suppressed ? null : (r.count ?? null);
    o.ci_low = r.suppressed ? null : (r.ci_low ?? null);
    o.ci_high = r.suppressed ? null : (r.ci_high ?? null);
    if (withSe) o.se = r.suppressed ? null : (r.se ?? null);
    o.suppressed = r.suppressed ?? null;
    return o;
  });
  return { figure: plan.id, indicator: plan.indicator, country: plan.country, columns, rows };
}

export function figureTableCsv(t: FigureTable): string {
  return toCsv(
    t.columns,
    t.rows.map((r) => t.columns.map((c) => r[c] ?? null)),
    { bom: true },
  );
}

export function figureTableJson(t: FigureTable): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}
