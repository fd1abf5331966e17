/**
 * The country sections (heading, key figures, narrative, figures) and the regional comparison.
 * A section starts a new page unless a good part of the page is still free; small figures and
 * narrow tables are paired side by side (figure-size.ts). Figures and tables are numbered consecutively through the
 * document, in print order.
 */
import { mapAbbreviationNote } from '../geo/map-spec.js';
import type { ResultRow } from '../analyse/result.js';
import { drawsNothing, singleCategoryRow, wholeBarsValue, wholeStackCategories } from '../charts/single.js';
import { formatValue } from '../charts/labels.js';
import { figureSentence } from './figure-sentence.js';
import { formatN } from '../i18n/number.js';
import { str } from '../i18n/strings.js';
import type { Block, FigureBlock } from '../render/model.js';
import { countryFromText, countryLabel } from '../schema/countries.js';
import { countryIn } from '../i18n/country-cases.js';
import { joinList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { FigureSpec } from '../schema/template.js';
import { figureData, hasSmallBase, type FigureData } from './figure-data.js';
import type { IndicatorInfo } from './indicator-info.js';
import { figureId, type FigurePlan } from './figure-plan.js';
import type { ComposeInput } from './input.js';
import { narrativeBlocks, sectionSlotValues, type NarrativeCell, type NarrativeContext } from './narrative.js';
import { editorialBlocks, sectionText } from './editorial.js';
import { keyFiguresBlock } from './key-figures.js';
import { chartAlt, mapAlt } from './alt-text.js';
import { FULL_WIDTH, HALF_WIDTH, isNarrowTable, isSmall, isSmallMap, pairSmall } from './figure-size.js';
import { codeLabel } from './labels.js';
import { conversionNotes } from './conversion-notes.js';
import { mergeConversions } from '../analyse/conversions.js';
import { figureNotes, hiddenBarsOf, hiddenTotalNote } from './notes.js';
import { tableBlockOf } from './table-block.js';
import { crossTableOf } from './cross-table.js';
import type { ChartInput } from '../charts/types.js';

export interface Counters {
  figure: number;
  table: number;
  /** The cells the narrative's slots took, in section order (tables/<template-id>-narrative.json). */
  narrative: NarrativeCell[];
}

/**
 * A section opens on the lower part of a page only when this share of the page is free and its
 * heading, key figures and the first lines of its narrative fit there (the first one too, after the
 * front matter): pages are not left a third empty before each country.
 */
const SECTION_SPACE = 0.18;

interface Item {
  spec: FigureSpec;
  ind: IndicatorInfo;
  data: FigureData;
  /** Records of the section (for whether anyone's answer was left out). */
  records: number;
}

export function sectionBlocks(
  input: ComposeInput,
  country: string | null,
  blocks: Block[],
  plans: FigurePlan[],
  counters: Counters,
  rowsOf: (id: string) => readonly ResultRow[],
): void {
  const { lang, template: t } = input;
  const regional = country === null;
  const text = regional ? str('regionalHeading', lang) : countryLabel(country)[lang];
  blocks.push({ type: 'heading', level: 1, text, keepSpace: SECTION_SPACE });
  const rounds = roundsOf(input, country);
  const inSection = input.facts.filter((f) => country === null || f.country === country).flatMap((f) => (f.conversion ? [f.conversion] : []));
  const conversion = inSection.length > 0 ? mergeConversions(inSection) : undefined;
  const usd = conversionNotes(conversion, lang);
  const sectionStart = blocks.length;
  const printed = (text: string) => blocks.slice(sectionStart).some((b) => b.type === 'paragraph' && b.text === text);
  const usdAnnual = (conversion?.annual.length ?? 0) > 0;
  const narrative: NarrativeContext = {
    lang,
    minCell: input.minCell,
    country,
    countries: input.countries,
    period: sectionPeriod(input, country),
    asOf: input.period.to,
    drawn: new Set((regional ? t.regional.figures : t.figures).filter((f) => !(f.alone && input.countries.length > 1)).map((f) => f.indicator)),
    rounds,
    rowsOf,
    registry: input.registry,
    baseline: input.baseline?.shares,
    usd,
  };
  if (!regional) {
    const strip = keyFiguresBlock(t.keyFigures, t.slots, narrative);
    if (strip) blocks.push(strip);
    // a hidden number in the strip says why, as a table's "–" does
    if (strip?.items.some((k) => k.value === '–')) blocks.push({ type: 'paragraph', text: hiddenTotalNote(lang), style: 'small' });
    blocks.push({ type: 'heading', level: 2, text: t.sectionHeading[lang] });
  }
  // the analyst's text (content folder) follows the computed narrative and shares its "<5" note
  const analyst = sectionText(input.content, country ?? 'regional', lang);
  // The USD notes go once a section: under the figure of amounts, or after the sentence writing it,
  // or (when neither is printed) after the narrative quoting amounts: never twice.
  let narrativeUsd = false;
  const stated = new Set<string>();
  blocks.push(
    ...narrativeBlocks(regional ? t.regional.narrative : t.narrative, t.slots, { ...narrative, used: counters.narrative, onUsd: () => (narrativeUsd = true), stated }, (values) =>
      editorialBlocks(analyst, values, { lang, minCell: input.minCell, headingLevel: 3 }),
    ),
  );
  const narrativeEnd = blocks.length;
  const items: Item[] = [];
  for (const spec of regional ? t.regional.figures : t.figures) {
    if (spec.alone && input.countries.length > 1) continue;
    const ind = input.registry.get(spec.indicator);
    if (!ind) continue;
    const records = input.facts.filter((f) => country === null || f.country === country).reduce((a, f) => a + f.records, 0);
    const data = figureData(spec, ind, rowsOf(spec.indicator), { country, countries: input.countries, lang, minCell: input.minCell, records, asOf: input.period.to });
    if (spec.chart === 'table' ? data.rows.length === 0 : !data.chart && !data.map) continue;
    // Bars all 100 % (or all 0 %) say nothing a sentence would not: it is written as one.
    const whole = data.chart ? wholeBarsValue(data.chart) : null;
    if (whole !== null && data.chart) {
      const chart = data.chart;
      const cells = [...new Set(chart.rows.map((r) => (r.group ? `${r.category} (${r.group})` : r.category)))];
      blocks.push({ type: 'paragraph', text: str('figureWholeBars', lang, { caption: spec.caption[lang], value: formatValue(whole, 'share', chart), cells: cells.join(', '), base: formatN(data.base ?? chart.rows.reduce((a, r) => a + (r.n ?? 0), 0), lang) }) });
      continue;
    }
    // Stacked bars each of one answer at 100 % compare nothing: a sentence names each bar's answer.
    const stacks = data.chart ? wholeStackCategories(data.chart) : null;
    if (stacks && data.chart && !singleCategoryRow(data.chart)) {
      const chart = data.chart;
      blocks.push({ type: 'paragraph', text: str('figureWholeStacks', lang, { caption: spec.caption[lang], cells: wholeStacksPhrase(stacks, lang), base: formatN(data.base ?? chart.rows.reduce((a, r) => a + (r.n ?? 0), 0), lang) }) });
      continue;
    }
    // A chart whose every cell is hidden or zero shows nothing; its numbers stay in the tables.
    if (data.chart && drawsNothing(data.chart)) continue;
    // A chart of one category says nothing a sentence would not: it is written as one, in the
    // figure's declared wording (figure-sentence.ts); an amount without one is drawn.
    const single = data.chart ? singleCategoryRow(data.chart) : null;
    const sentence = single && data.chart ? figureSentence(spec, single, data.chart, { lang, minCell: input.minCell, base: data.base, asOf: input.period.to, stated, slots: sectionSlotValues(t.slots, narrative) }) : null;
    if (sentence !== null) {
      blocks.push({ type: 'paragraph', text: sentence });
      // An amount in US dollars keeps the note on how it was converted.
      // once a section: a sentence in dollars leans on the note already printed above it (by the
      // narrative or by another such sentence)
      // (when the narrative quotes amounts too, the notes follow the narrative: below)
      if (ind.currency === 'USD' && !narrativeUsd) for (const note of usd) if (!printed(note)) blocks.push({ type: 'paragraph', text: note, style: 'small' });
      continue;
    }
    items.push({ spec, ind, data, records });
  }
  // figures drawn with their notes (a table block has no USD note): the notes stand there
  const usdFigure = items.some((i) => i.ind.currency === 'USD' && i.spec.chart !== 'table');
  if (narrativeUsd && !usdFigure) {
    const notes = usd.filter((note) => !printed(note));
    blocks.splice(narrativeEnd, 0, ...notes.map((text): Block => ({ type: 'paragraph', text, style: 'small' })));
  }
  const tableOf = (i: Item, number: number) =>
    tableBlockOf(i.spec, i.ind, i.data, { lang, minCell: input.minCell, number, source: sourceLine(input, rounds), partners: input.content?.meta.partners ?? [], asOf: input.period.to, country, records: i.records, mapped: items.some((m) => m.data.map !== undefined) });
  const notesOf = (i: Item, asTable = false) =>
    figureNotes(i.spec, i.ind, { lang, minCell: input.minCell, suppressed: i.data.suppressed, map: i.data.map !== undefined, mapAbbreviations: i.data.map ? mapAbbreviationNote(i.data.map.country, i.data.map.counts, lang) : undefined, counts: i.data.chart?.valueKind === 'count', smallBase: hasSmallBase(i.data.chart), zeroDropped: i.data.zeroDropped ?? [], hiddenBars: asTable || isTable(i) ? [] : hiddenBarsOf(i.data.chart), nonResponseLeftOut: !allAnswered(i.ind, i.data, i.records), usd, usdAnnual });
  const crossOf = (i: Item, number: number) =>
    crossTableOf(i.data.chart as ChartInput, { lang, caption: str('table', lang, { n: number, caption: i.spec.caption[lang] }), rowsHeader: '', source: sourceLine(input, rounds), continued: str('tableContinued', lang), notes: notesOf(i, true) });
  const isTable = (i: Item) => i.spec.chart === 'table' || i.spec.chart === 'cross-table';
  const small = (i: Item) =>
    i.spec.chart === 'table' ? isNarrowTable(tableOf(i, 0)) : i.spec.chart === 'cross-table' ? isNarrowTable(crossOf(i, 0)) : i.data.map ? isSmallMap(i.data.map, lang) : isSmall(i.data.chart);
  for (const { item, half } of pairSmall(items, small)) {
    const { spec, ind, data } = item;
    if (isTable(item)) {
      counters.table += 1;
      // a cross table is drawn as a table: no chart file, its rows still written to tables/
      plans.push(plan(input, spec, country, spec.chart === 'cross-table' ? { ...data, chart: null } : data, counters.table, blocks.length));
      const table = spec.chart === 'cross-table' ? crossOf(item, counters.table) : tableOf(item, counters.table);
      if (half) table.size = 'half';
      blocks.push(table);
      continue;
    }
    counters.figure += 1;
    const id = figureId(t.number, country, spec.id);
    if (data.chart) {
      data.chart.id = id;
      data.chart.width = half ? HALF_WIDTH : FULL_WIDTH;
    }
    if (data.map && half) data.map.width = HALF_WIDTH;
    plans.push(plan(input, spec, country, data, counters.figure, blocks.length));
    const block: FigureBlock = {
      type: 'figure',
      id,
      number: counters.figure,
      caption: str('figure', lang, { n: counters.figure, caption: spec.caption[lang] }),
      svg: '',
      width: 0,
      height: 0,
      source: sourceLine(input, rounds),
      notes: notesOf(item),
      alt: data.chart
        ? chartAlt(data.chart, spec.caption[lang])
        : mapAlt((data.map?.counts ?? []).map((c) => ({ label: codeLabel(c.code, ind.variable, ind.instrument, input.period.to)[lang], count: c.count })), spec.caption[lang], lang),
    };
    if (half) block.size = 'half';
    if (data.base !== null) block.base = formatN(data.base, lang);
    // a base that would give a hidden count away is said to be withheld (in words: a dash reads as zero)
    else if (data.suppressed) block.base = str('baseWithheld', lang);
    blocks.push(block);
  }
}

/** Whether every respondent of the section is in the figure's base (nobody said "don't know"). */
function allAnswered(ind: IndicatorInfo, data: FigureData, records: number): boolean {
  return ind.base === 'valid' && (ind.where ?? []).length === 0 && data.base !== null && data.base === records;
}

function plan(input: ComposeInput, spec: FigureSpec, country: string | null, data: FigureData, number: number, block: number): FigurePlan {
  return { id: figureId(input.template.number, country, spec.id), number, spec, indicator: spec.indicator, country, data, block };
}

/** A country section speaks of its own collection period; the regional comparison of the whole. */
export function sectionPeriod(input: ComposeInput, country: string | null): { from: string; to: string } {
  const f = country === null ? undefined : input.facts.find((x) => x.country === country);
  return f?.from && f.to ? { from: f.from, to: f.to } : input.period;
}

/** Rounds named in a section: those with at least the threshold of rows in it (facts.ts). */
function roundsOf(input: ComposeInput, country: string | null): string[] {
  const rows: Record<string, number> = {};
  for (const f of input.facts) if (country === null || f.country === country) for (const [r, n] of Object.entries(f.roundRows ?? {})) rows[r] = (rows[r] ?? 0) + n;
  return Object.keys(rows)
    .filter((r) => (rows[r] ?? 0) >= Math.max(1, input.minCell))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function sourceLine(input: ComposeInput, rounds: readonly string[]): string {
  if (input.kind === 'assistance') return str('sourceAssistance', input.lang);
  if (rounds.length === 0) return str('sourceSurvey', input.lang, { round: '–' }).replace(/, [^,]*–$/, '');
  return str(rounds.length > 1 ? 'sourceSurveyRounds' : 'sourceSurvey', input.lang, { round: rounds.join(', ') });
}

/**
 * Stacked bars each of one answer, as a phrase of a sentence: the answers in their sentence form
 * (lower case, as labels are mid-sentence) with the bars that gave them — "in Kyrgyzstan, Tajikistan
 * and Uzbekistan all were returnees; in Kazakhstan and the Russian Federation all were stranded
 * migrants"; bars that are not countries in brackets ("all were returnees (men and women)").
 */
export function wholeStacksPhrase(stacks: ReadonlyArray<{ group: string; category: string }>, lang: Lang): string {
  const byCategory = new Map<string, string[]>();
  for (const s of stacks) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s.group]);
  const items = [...byCategory].map(([category, groups]) => {
    const isos = groups.map((g) => countryFromText(g));
    const answer = inSentence(category);
    if (isos.every((c) => c !== undefined)) {
      const places = joinList(isos.map((c, i) => (i === 0 ? countryIn(c!, lang) : countryIn(c!, lang).replace(/^(in|в) /, ''))), lang);
      return str('wholeStackIn', lang, { places, answer });
    }
    return str('wholeStackOf', lang, { answer, groups: joinList(groups.map(inSentence), lang) });
  });
  return items.join('; ');
}

/** A label mid-sentence: lower-case first letter, unless an acronym or a country. */
function inSentence(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  if (countryFromText(label) !== undefined || b === '' || b !== b.toLowerCase()) return label;
  return a.toLowerCase() + label.slice(1);
}
