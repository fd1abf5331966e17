/**
 * A `cross-table` figure: the shares of a grouped chart set as a compact table, one row per option
 * and one column per group (a country of the regional comparison, or a sex), instead of a grouped
 * bar chart or of several small charts that say the same in more room:
 *
 *   Type of assistance     Kazakhstan (n = 296)   Kyrgyzstan (n = 240)   …
 *   Food                   88%                    71%
 *
 * Every cell is the chart's own printed value (its n and "†" where the chart would print them);
 * a hidden cell reads "<5" or "–" as in the charts. Rows keep the chart's order: ranked lists
 * largest first over all groups, "Other" and "None" last. An option nobody chose anywhere is left
 * out upstream, where every chart of options leaves it out (figure-data.ts), and the figure's notes,
 * passed in `notes`, name it.
 *
 * A row that is "–" in every column ("Evicted  –  –") tells the reader nothing, so it is left out
 * and a note names it; so is a column that is "–" in every row. A "<5" keeps its row: it says the
 * count is 1 to 4. Leaving it out discloses nothing: the cells
 * stay unknown, no total or complement is printed in their place, and the note says only what the
 * "–"/"<5" already said (the answer was given, by too few to show).
 */
import type { ChartInput, ChartRow } from '../charts/types.js';
import { formatValue, hiddenLabel, isHidden } from '../charts/labels.js';
import { orderCategories } from '../charts/data.js';
import type { TableBlock } from '../render/model.js';
import type { Lang } from '../i18n/lang.js';
import { inList, joinList } from '../i18n/format.js';
import { str } from '../i18n/strings.js';

export interface CrossTableContext {
  lang: Lang;
  /** "Table 3: Types of assistance received, by country" */
  caption: string;
  /** Header of the first column (what the rows are). */
  rowsHeader: string;
  source: string;
  continued: string;
  notes?: string[];
}

export function crossTableOf(chart: ChartInput, ctx: CrossTableContext): TableBlock {
  const groups = chart.groups ?? [...new Set(chart.rows.map((r) => r.group ?? ''))];
  const byCategory = new Map<string, ChartRow[]>();
  for (const r of chart.rows) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const cell = (r: ChartRow | undefined): string => {
    if (!r) return '–';
    if (isHidden(r)) return hiddenLabel(r, chart);
    return r.display ?? formatValue(r.value as number, chart.valueKind, chart);
  };
  // a "–" says nothing about the cell; a "<5" says it is 1 to 4, which the reader (and the
  // narrative: "fewer than five victims of trafficking") may need, so a row with one stays
  const hidden = (r: ChartRow | undefined): boolean => !r || (isHidden(r) && r.suppressed !== 'primary');
  const cellOf = (rs: readonly ChartRow[], g: string) => rs.find((r) => (r.group ?? '') === g);
  // the charts' own order: ranked largest first, hidden after the shown, "Other"/"None" last
  const all = orderCategories(chart).map((c) => [c, byCategory.get(c) ?? []] as const);
  const rowHidden = (rs: readonly ChartRow[]) => groups.every((g) => hidden(cellOf(rs, g)));
  const colHidden = (g: string) => all.every(([, rs]) => hidden(cellOf(rs, g)));
  const droppedRows = all.filter(([, rs]) => rowHidden(rs)).map(([c]) => c);
  const droppedCols = groups.filter(colHidden);
  // all hidden: the table keeps its cells (there is nothing else to show), only partial blanks go
  const dropAll = droppedRows.length === all.length || droppedCols.length === groups.length;
  const categories = dropAll ? all : all.filter(([c]) => !droppedRows.includes(c));
  const shownGroups = dropAll ? groups : groups.filter((g) => !droppedCols.includes(g));
  const notes = [...(ctx.notes ?? [])];
  if (!dropAll && droppedRows.length) notes.push(str('noteHiddenRowsLeftOut', ctx.lang, { list: joinList(droppedRows.map(inList), ctx.lang) }));
  if (!dropAll && droppedCols.length) notes.push(str('noteHiddenColumnsLeftOut', ctx.lang, { list: joinList(droppedCols, ctx.lang) }));
  return {
    type: 'table',
    caption: ctx.caption,
    columns: [{ header: ctx.rowsHeader, align: 'left', width: shownGroups.length > 2 ? 2.4 : 2 }, ...shownGroups.map((g) => ({ header: g, align: 'right' as const, width: 1 }))],
    rows: categories.map(([category, rs]) => [category, ...shownGroups.map((g) => cell(cellOf(rs, g)))]),
    source: ctx.source,
    ...(notes.length ? { notes } : {}),
    continued: ctx.continued,
    rowHeaders: true,
  };
}
