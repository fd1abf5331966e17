/**
 * A `table` figure of a template as a table block: the rows of an indicator crossed with a series
 * dimension (e.g. partners × provinces: one line per partner, its provinces and its count), or a
 * plain list of the indicator's statistics (e.g. quartiles of household size).
 */
import type { ResultRow } from '../analyse/result.js';
import type { Lang } from '../i18n/lang.js';
import { formatCount, formatN, formatNumber } from '../i18n/number.js';
import { hiddenMark } from '../charts/labels.js';
import { str } from '../i18n/strings.js';
import type { TableBlock } from '../render/model.js';
import type { FigureSpec } from '../schema/template.js';
import type { FigureData } from './figure-data.js';
import type { IndicatorInfo } from './indicator-info.js';
import { codeLabel } from './labels.js';
import { hiddenTotalNote, suppressedNote } from './notes.js';
import { partnerName } from '../i18n/partner-names.js';

export interface TableContext {
  lang: Lang;
  minCell: number;
  number: number;
  source: string;
  /** Partner names with their Russian forms (content.json), keyed by the name in the data. */
  partners?: ReadonlyArray<{ en: string; ru: string }>;
  /** The date of the bulletin's data: place names are those in force then. */
  asOf?: string;
  /** ISO3 of the section (partners' names are matched to its provinces). */
  country?: string | null;
  /** Records of the section: those a breakdown leaves out are this less its rows (a note says so). */
  records?: number;
  /** Whether the section draws a coverage map, whose counts take everyone with a province recorded. */
  mapped?: boolean;
}

const STAT_LABEL: Record<string, { en: string; ru: string }> = {
  q1: { en: 'First quartile', ru: 'Первый квартиль' },
  median: { en: 'Median', ru: 'Медиана' },
  q3: { en: 'Third quartile', ru: 'Третий квартиль' },
  mean: { en: 'Mean', ru: 'Среднее' },
  min: { en: 'Minimum', ru: 'Минимум' },
  max: { en: 'Maximum', ru: 'Максимум' },
  sum: { en: 'Total', ru: 'Всего' },
  count: { en: 'Count', ru: 'Число' },
  share: { en: 'Share', ru: 'Доля' },
};

export function tableBlockOf(spec: FigureSpec, ind: IndicatorInfo, data: FigureData, ctx: TableContext): TableBlock {
  const { lang } = ctx;
  const caption = str('table', lang, { n: ctx.number, caption: spec.caption[lang] });
  const cell = (r: ResultRow) =>
    r.suppressed || r.value === null ? hiddenMark(r.suppressed, ctx.minCell) : Number.isInteger(r.value) ? formatCount(r.value, lang) : formatNumber(r.value, lang);
  if (spec.series) {
    const byKey = new Map<string, ResultRow[]>();
    for (const r of data.rows) {
      const k = r.dims[spec.series] ?? '';
      if (k === '_total' || r.category === undefined || r.category === '_total') continue;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    const name = (k: string): string =>
      k === '_missing' || k === '_other' ? codeLabel(k, undefined, ind.instrument)[lang] : partnerName(k, lang, { country: ctx.country ?? undefined, asOf: ctx.asOf, analyst: ctx.partners });
    const rows = [...byKey.entries()]
      .sort(([a], [b]) => name(a).localeCompare(name(b), lang))
      .map(([k, rs]) => [
        name(k),
        // hidden cells are never zeros (zeros are published, never used as cover): the province is listed
        rs
          .filter((r) => r.suppressed !== undefined || (r.value ?? 0) > 0)
          .map((r) => codeLabel(r.category ?? '', ind.variable, ind.instrument, ctx.asOf)[lang])
          .sort((a, b) => a.localeCompare(b, lang))
          .join(', '),
        // a total that includes a hidden cell is hidden too
        rs.some((r) => r.suppressed !== undefined) ? '–' : formatCount(rs.reduce((s, r) => s + (r.value ?? 0), 0), lang),
      ]);
    // a hidden total says why, as a figure's hidden cells do (its cells are not shown: only "–")
    const partnerNotes = noPartnerNote(data.rows, spec.series, ctx).notes ?? [];
    const hiddenNote = rows.some((r) => r[2] === '–') ? [hiddenTotalNote(lang)] : [];
    const notes = [...partnerNotes, ...hiddenNote];
    return {
      type: 'table',
      caption,
      columns: [
        { header: str('partnersColPartner', lang), align: 'left', width: 2 },
        { header: str('partnersColProvinces', lang), align: 'left', width: 3 },
        { header: str('partnersColCount', lang), align: 'right', width: 1 },
      ],
      rows,
      source: ctx.source,
      ...(notes.length > 0 ? { notes } : {}),
      continued: str('tableContinued', lang),
      rowHeaders: true,
    };
  }
  const valueHeader = lang === 'en' ? 'Value' : 'Значение';
  // One base for every row (the quartiles of one variable): stated once on the source line, as a
  // figure states its base (render/blocks/figure.ts), not in each row.
  const bases = new Set(data.rows.map((r) => (r.nHidden ? null : r.n)));
  const oneBase = data.rows.length > 1 && bases.size === 1 && !bases.has(null) ? data.rows[0]!.n : null;
  const rows = data.rows.map((r) => [STAT_LABEL[r.stat]?.[lang] ?? r.stat, cell(r), ...(oneBase === null ? [r.nHidden ? '' : formatCount(r.n, lang)] : [])]);
  return {
    type: 'table',
    caption,
    columns: [
      { header: '', align: 'left', width: 2 },
      { header: valueHeader, align: 'right', width: 1 },
      ...(oneBase === null ? [{ header: 'n', align: 'right' as const, width: 1 }] : []),
    ],
    rows,
    source: oneBase === null ? ctx.source : `${ctx.source}  ·  ${formatN(oneBase, lang)}`,
    // hidden cells say why, as a figure's do
    ...(data.rows.some((r) => r.suppressed) && ctx.minCell > 0 ? { notes: [suppressedNote(ind, lang, ctx.minCell)] } : {}),
    continued: str('tableContinued', lang),
    rowHeaders: true,
  };
}

/**
 * The people a breakdown leaves out because their group is not recorded (non-response is never a
 * row: analyse/indicators.ts), said in a note with their number: the section's records less the rows.
 * Without the number when it is itself small; no note when a cell is hidden.
 */
function noPartnerNote(rows: readonly ResultRow[], series: string, ctx: TableContext): { notes?: string[] } {
  if (ctx.records === undefined) return {};
  const cells = rows.filter((r) => r.category !== undefined && r.category !== '_total' && r.dims[series] !== '_total');
  // With a hidden cell the difference is not known (and would show the hidden number).
  if (cells.some((r) => r.suppressed)) return {};
  const left = ctx.records - cells.reduce((s, r) => s + (r.value ?? 0), 0);
  if (left <= 0) return {};
  const exact = left >= Math.max(1, ctx.minCell);
  const notes = [exact ? str('notePartnerMissing', ctx.lang, { n: formatCount(left, ctx.lang) }) : str('notePartnerMissingSome', ctx.lang)];
  // the map beside it counts the same people by province, partner or not: its numbers are larger
  if (ctx.mapped) notes.push(str('notePartnerMapBase', ctx.lang));
  return { notes };
}
