/**
 * What changed since the baseline round: for every published share or count present in both
 * builds (same figure, same grouping cells, same category and statistic), the value of each round,
 * the difference (this round − baseline), its 95 % interval (analyse/change-interval.ts: Newcombe
 * for unweighted shares, design-based for weighted ones; counts have none) and whether the
 * interval excludes 0. A cell hidden in either round stays hidden on both sides: only its bases
 * are given. Written as tables/changes.csv and tables/changes.json.
 */
import { changeInterval, type ChangeMethod, type ShareEstimate } from '../analyse/change-interval.js';
import type { FigureTable } from './figure-table.js';
import { toCsv } from '../text/csv-safe.js';
import type { NarrativeCell } from '../compose/narrative.js';
import type { NarrativeTable } from './narrative-table.js';

type Cell = string | number | null;
type Row = Record<string, Cell>;

/** Columns of a figure table that are not grouping cells. */
const VALUE_COLUMNS = new Set(['category', 'label_en', 'label_ru', 'stat', 'value', 'n', 'count', 'ci_low', 'ci_high', 'se', 'suppressed']);
const COMPARED = new Set(['share', 'count']);

export interface ChangeRow {
  figure: string;
  indicator: string;
  /** The grouping cells (country, sex, …) of the row. */
  dims: Record<string, string>;
  category: string | null;
  label_en: string | null;
  label_ru: string | null;
  stat: string;
  value: number | null;
  baseline_value: number | null;
  difference: number | null;
  diff_low: number | null;
  diff_high: number | null;
  method: ChangeMethod | null;
  /** The interval excludes 0; null when there is no interval (counts, hidden cells). */
  significant: boolean | null;
  n: number | null;
  baseline_n: number | null;
  /** Which round hides the cell, when one does. */
  suppressed: 'current' | 'baseline' | 'both' | null;
}

export interface Changes {
  rows: ChangeRow[];
  /** Figures published in one round only. */
  added: string[];
  removed: string[];
}

/**
 * The narrative's cells as tables a comparison reads like the figures' (one per template and
 * indicator, named `<template-id>-narrative`, the slot as one more grouping cell); keyed apart
 * from the figures so that they never count as figures added or removed.
 */
export function withNarrative(tables: ReadonlyMap<string, FigureTable>, narrative: ReadonlyMap<string, NarrativeTable>): Map<string, FigureTable> {
  const out = new Map(tables);
  for (const t of narrative.values()) {
    const byIndicator = new Map<string, NarrativeCell[]>();
    for (const c of t.cells) {
      const list = byIndicator.get(c.indicator) ?? [];
      list.push(c);
      byIndicator.set(c.indicator, list);
    }
    for (const [indicator, cells] of byIndicator) {
      const dims = [...new Set(cells.flatMap((c) => Object.keys(c.dims)))].sort();
      const seen = new Set<string>();
      const rows: Row[] = [];
      for (const c of cells) {
        const r: Row = { slot: c.slot, category: c.category, stat: c.stat, value: c.value, n: c.n, count: c.count, se: c.se, suppressed: c.suppressed };
        for (const d of dims) r[d] = c.dims[d] ?? null;
        const k = JSON.stringify(r);
        if (seen.has(k)) continue;
        seen.add(k);
        rows.push(r);
      }
      out.set(`${NARRATIVE_KEY}${t.template}|${indicator}`, {
        figure: `${t.template}-narrative`,
        indicator,
        country: null,
        columns: [...dims, 'slot', 'category', 'stat', 'value', 'n', 'count', 'se', 'suppressed'],
        rows,
      });
    }
  }
  return out;
}

const NARRATIVE_KEY = '\u0000narrative|';

export function computeChanges(current: ReadonlyMap<string, FigureTable>, baseline: ReadonlyMap<string, FigureTable>): Changes {
  const rows: ChangeRow[] = [];
  // figures first, then the narrative's cells
  const ids = [...current.keys()].sort((a, b) => Number(a.startsWith(NARRATIVE_KEY)) - Number(b.startsWith(NARRATIVE_KEY)) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) {
    const now = current.get(id)!;
    const before = baseline.get(id);
    if (!before) continue;
    const index = new Map<string, Row>();
    for (const r of before.rows) index.set(keyOf(before, r), r);
    for (const r of now.rows) {
      const stat = str(r.stat);
      if (stat === null || !COMPARED.has(stat)) continue;
      const b = index.get(keyOf(now, r));
      if (!b) continue;
      rows.push(changeRow(now, r, b, stat));
    }
  }
  const figure = (id: string) => !id.startsWith(NARRATIVE_KEY);
  return {
    rows,
    added: ids.filter((id) => figure(id) && !baseline.has(id)),
    removed: [...baseline.keys()].filter((id) => figure(id) && !current.has(id)).sort(),
  };
}

function changeRow(t: FigureTable, r: Row, b: Row, stat: string): ChangeRow {
  const hiddenNow = r.suppressed !== null && r.suppressed !== undefined;
  const hiddenBefore = b.suppressed !== null && b.suppressed !== undefined;
  const suppressed = hiddenNow && hiddenBefore ? 'both' : hiddenNow ? 'current' : hiddenBefore ? 'baseline' : null;
  const out: ChangeRow = {
    figure: t.figure,
    indicator: t.indicator,
    dims: dimsOf(t, r),
    category: str(r.category),
    label_en: str(r.label_en),
    label_ru: str(r.label_ru),
    stat,
    value: null,
    baseline_value: null,
    difference: null,
    diff_low: null,
    diff_high: null,
    method: null,
    significant: null,
    n: num(r.n),
    baseline_n: num(b.n),
    suppressed,
  };
  const v = num(r.value);
  const bv = num(b.value);
  if (suppressed !== null || v === null || bv === null) return out;
  out.value = v;
  out.baseline_value = bv;
  out.difference = v - bv;
  if (stat !== 'share') return out;
  const iv = changeInterval(estimate(r, v), estimate(b, bv));
  if (!iv) return out;
  out.diff_low = iv.low;
  out.diff_high = iv.high;
  out.method = iv.method;
  out.significant = iv.low > 0 || iv.high < 0;
  return out;
}

function estimate(r: Row, value: number): ShareEstimate {
  return { value, n: num(r.n) ?? 0, count: num(r.count), se: num(r.se) };
}

export function dimsOf(t: FigureTable, r: Row): Record<string, string> {
  const d: Record<string, string> = {};
  for (const c of t.columns) if (!VALUE_COLUMNS.has(c) && r[c] !== null && r[c] !== undefined) d[c] = String(r[c]);
  return d;
}

function keyOf(t: FigureTable, r: Row): string {
  const d = dimsOf(t, r);
  const parts = Object.keys(d)
    .sort()
    .map((k) => `${k}=${d[k]}`);
  return `${parts.join('|')}|category=${String(r.category ?? '')}|stat=${String(r.stat)}`;
}

const str = (x: Cell | undefined): string | null => (x === null || x === undefined ? null : String(x));
const num = (x: Cell | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The grouping columns of all rows: country first, then the others by name. */
export function changeDimColumns(rows: readonly ChangeRow[]): string[] {
  const all = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.dims)) all.add(k);
  return [...all].sort((a, b) => (a === 'country' ? -1 : b === 'country' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

const TAIL = ['category', 'label_en', 'label_ru', 'stat', 'value', 'baseline_value', 'difference', 'diff_low', 'diff_high', 'method', 'significant', 'n', 'baseline_n', 'suppressed'] as const;

function changesColumns(rows: readonly ChangeRow[]): string[] {
  return ['figure', ...changeDimColumns(rows), ...TAIL];
}

function flat(r: ChangeRow, dims: readonly string[]): Cell[] {
  const sig = r.significant === null ? null : r.significant ? 'true' : 'false';
  return [
    r.figure,
    ...dims.map((d) => r.dims[d] ?? null),
    r.category,
    r.label_en,
    r.label_ru,
    r.stat,
    r.value,
    r.baseline_value,
    r.difference,
    r.diff_low,
    r.diff_high,
    r.method,
    sig,
    r.n,
    r.baseline_n,
    r.suppressed,
  ];
}

export function changesCsv(c: Changes, opts: { bom: boolean } = { bom: true }): string {
  const dims = changeDimColumns(c.rows);
  return toCsv(changesColumns(c.rows), c.rows.map((r) => flat(r, dims)), opts);
}

export function changesJson(c: Changes, baseline: { path: string; manifestSha256: string; period: { from: string; to: string } | null }): string {
  return `${JSON.stringify({ baseline, columns: changesColumns(c.rows), rows: c.rows, added: c.added, removed: c.removed }, null, 2)}\n`;
}
