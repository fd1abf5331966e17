/** The notes printed under a figure: standard notes of the template and of the indicator, its own note, "<5". */
import { MAP_ATTRIBUTION, MAP_DISCLAIMER } from '../i18n/map-attribution.js';
import { inList, joinList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { str, type StringKey } from '../i18n/strings.js';
import type { FigureSpec, StandardNote } from '../schema/template.js';
import type { IndicatorInfo } from './indicator-info.js';
import type { ChartInput } from '../charts/types.js';

const STANDARD: Record<StandardNote, StringKey> = {
  multi: 'noteMulti',
  non_response: 'noteNonResponse',
  indicative: 'noteIndicative',
  returnees_only: 'noteReturneesOnly',
  stranded_only: 'noteStrandedOnly',
  converted_usd: 'noteConvertedUsd',
};

export interface NoteContext {
  lang: Lang;
  minCell: number;
  suppressed: boolean;
  /** Whether a map was drawn (the map disclaimer goes under every map). */
  map: boolean;
  /** Notes on the USD conversion of the section (annual-average rates, amounts left out). */
  usd?: readonly string[];
  /** Whether some amounts were converted at an annual rate (`usd` says which): the monthly-rate note then says "except". */
  usdAnnual?: boolean;
  /** Whether the figure shows counts (not shares): its notes then never speak of percentages. */
  counts?: boolean;
  /**
   * False when it is known that nobody's answer was left out (every respondent of the section is
   * in the figure's base): the "don't know left out" note then does not apply.
   */
  nonResponseLeftOut?: boolean;
  /** What the abbreviations a map writes stand for ("DRS: Districts of Republican Subordination"). */
  mapAbbreviations?: string | undefined;
  /** Whether a bar rests on fewer than 30 people (figure-data.ts: it is marked with its n). */
  smallBase?: boolean;
  /** Whether options nobody chose were left out of the chart (figure-data.ts). */
  /** The options left out because nobody chose them anywhere (figure-data.ts), named by the note. */
  zeroDropped?: readonly string[];
  /** Stacked 100 % bars closed by a "hidden" block: which answers it stands for, in which bars. */
  hiddenBars?: readonly HiddenBars[];
}

/** Answers hidden together in the closing block of some bars of a stacked 100 % chart. */
export interface HiddenBars {
  categories: readonly string[];
  groups: readonly string[];
}

/**
 * The bars of a stacked 100 % chart that draw a "hidden" block (marks/stacked100.ts), grouped by
 * the answers the block stands for: `No education and primary (Russian Federation, Uzbekistan)`.
 */
export function hiddenBarsOf(chart: ChartInput | null | undefined): HiddenBars[] {
  if (!chart || chart.type !== 'stacked100') return [];
  const byKey = new Map<string, { categories: string[]; groups: string[] }>();
  const groups = chart.groups ?? [...new Set(chart.rows.map((r) => r.group ?? ''))];
  for (const g of groups) {
    const cats = chart.rows.filter((r) => (r.group ?? '') === g && (r.suppressed !== undefined || r.value === null)).map((r) => r.category);
    if (cats.length === 0) continue;
    const key = JSON.stringify(cats);
    const entry = byKey.get(key) ?? { categories: cats, groups: [] };
    entry.groups.push(g);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** Which "several answers" note: counts or shares; respondents' choices or a person's records. */
function multiNote(ind: IndicatorInfo, counts: boolean): StringKey {
  if (counts) return 'noteMultiCount';
  if (ind.instrument === 'survey') return 'noteMulti';
  return ind.variable === 'assistance_types' ? 'noteMultiAssistance' : 'noteMultiRecords';
}

export function figureNotes(spec: FigureSpec, ind: IndicatorInfo, ctx: NoteContext): string[] {
  const kinds = new Set<StandardNote>(spec.notes);
  if (ind.statistic === 'multi_share' || ind.statistic === 'multi_count') kinds.add('multi');
  // The "several answers" note belongs to multiple-choice figures only.
  if (ind.statistic !== 'multi_share' && ind.statistic !== 'multi_count') kinds.delete('multi');
  if (ind.base === 'valid') kinds.add('non_response');
  if (ind.currency === 'USD') kinds.add('converted_usd');
  if (ctx.nonResponseLeftOut === false) kinds.delete('non_response');
  const notes: string[] = [];
  for (const k of ['multi', 'non_response', 'returnees_only', 'stranded_only', 'converted_usd', 'indicative'] as const) {
    if (!kinds.has(k)) continue;
    if (k === 'multi') notes.push(str(multiNote(ind, ctx.counts === true), ctx.lang));
    // The monthly-rate note never contradicts the annual-rate note that follows it.
    else if (k === 'converted_usd' && ctx.usdAnnual) notes.push(str('noteConvertedUsdExcept', ctx.lang));
    else notes.push(str(STANDARD[k], ctx.lang));
  }
  if (kinds.has('converted_usd')) notes.push(...(ctx.usd ?? []));
  if (spec.note) notes.push(spec.note[ctx.lang]);
  if (ctx.zeroDropped && ctx.zeroDropped.length > 0) notes.push(str(ind.instrument === 'assistance' ? 'noteZeroDroppedRecords' : 'noteZeroDropped', ctx.lang, { list: joinList(ctx.zeroDropped.map(inList), ctx.lang) }));
  // Programme records count people assisted, not respondents.
  const records = ind.instrument === 'assistance';
  if (ctx.smallBase) notes.push(str(records ? 'noteSmallBaseRecords' : 'noteSmallBase', ctx.lang));
  if (ctx.hiddenBars && ctx.hiddenBars.length > 0) {
    const list = ctx.hiddenBars.map((h) => `${joinList(h.categories.map(inList), ctx.lang)} (${h.groups.join(', ')})`).join('; ');
    notes.push(str('noteHiddenBlock', ctx.lang, { list }));
  }
  if (ctx.suppressed && ctx.minCell > 0) notes.push(suppressedNote(ind, ctx.lang, ctx.minCell));
  if (ctx.map && ctx.mapAbbreviations) notes.push(ctx.mapAbbreviations);
  if (ctx.map) notes.push(MAP_DISCLAIMER[ctx.lang], MAP_ATTRIBUTION[ctx.lang]);
  return notes;
}

/** What "<m" and "–" mean, under a figure or table that shows them (records: people assisted). */
export function suppressedNote(ind: Pick<IndicatorInfo, 'instrument'>, lang: Lang, minCell: number): string {
  return str(ind.instrument === 'assistance' ? 'noteSuppressedRecords' : 'noteSuppressed', lang, { m: minCell });
}

/** What "–" means where only hidden totals or numbers show it (no "<m"). */
export function hiddenTotalNote(lang: Lang): string {
  return str('noteHiddenTotal', lang);
}
