/**
 * The country sections (one per country, each on a new page: heading, narrative, figures) and the
 * regional comparison. Figures and tables are numbered consecutively through the document.
 */
import type { ResultRow } from '../analyse/result.js';
import { formatN } from '../i18n/number.js';
import { str } from '../i18n/strings.js';
import type { Block, FigureBlock, TableBlock } from '../render/model.js';
import { countryLabel } from '../schema/countries.js';
import type { FigureSpec } from '../schema/template.js';
import { figureData, type FigureData } from './figure-data.js';
import { figureId, type FigurePlan } from './figure-plan.js';
import type { ComposeInput } from './input.js';
import { narrativeBlocks, type NarrativeCell } from './narrative.js';
import { editorialBlocks, sectionText } from './editorial.js';
import { conversionNotes } from './conversion-notes.js';
import { mergeConversions } from '../analyse/conversions.js';
import { figureNotes } from './notes.js';
import { tableBlockOf } from './table-block.js';

export interface Counters {
  figure: number;
  table: number;
  /** The cells the narrative's slots took, in section order (tables/<template-id>-narrative.json). */
  narrative: NarrativeCell[];
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
  blocks.push({ type: 'heading', level: 1, text: regional ? str('regionalHeading', lang) : countryLabel(country)[lang], newPage: true });
  if (!regional) blocks.push({ type: 'heading', level: 2, text: t.sectionHeading[lang] });
  const rounds = roundsOf(input, country);
  const inSection = input.facts.filter((f) => country === null || f.country === country).flatMap((f) => (f.conversion ? [f.conversion] : []));
  const usd = conversionNotes(inSection.length > 0 ? mergeConversions(inSection) : undefined, lang);
  blocks.push(
    ...narrativeBlocks(regional ? t.regional.narrative : t.narrative, t.slots, {
      lang,
      minCell: input.minCell,
      country,
      countries: input.countries,
      period: sectionPeriod(input, country),
      rounds,
      rowsOf,
      registry: input.registry,
      baseline: input.baseline?.shares,
      used: counters.narrative,
      usd,
    }, (values) => editorialBlocks(sectionText(input.content, country ?? 'regional', lang), values, { lang, minCell: input.minCell, headingLevel: 3 })),
  );
  for (const spec of regional ? t.regional.figures : t.figures) {
    const ind = input.registry.get(spec.indicator);
    if (!ind) continue;
    const records = input.facts.filter((f) => country === null || f.country === country).reduce((a, f) => a + f.records, 0);
    const data = figureData(spec, ind, rowsOf(spec.indicator), { country, countries: input.countries, lang, minCell: input.minCell, records });
    if (spec.chart === 'table') {
      if (data.rows.length === 0) continue;
      counters.table += 1;
      plans.push(plan(input, spec, country, data, counters.table, blocks.length));
      blocks.push(tableBlockOf(spec, ind, data, { lang, minCell: input.minCell, number: counters.table, source: sourceLine(input, rounds), partners: input.content?.meta.partners ?? [] }));
      continue;
    }
    if (!data.chart && !data.map) continue;
    counters.figure += 1;
    const id = figureId(t.number, country, spec.id);
    if (data.chart) data.chart.id = id;
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
      notes: figureNotes(spec, ind, { lang, minCell: input.minCell, suppressed: data.suppressed, map: data.map !== undefined, usd }),
    };
    if (data.base !== null) block.base = formatN(data.base, lang);
    blocks.push(block);
  }
}

function plan(input: ComposeInput, spec: FigureSpec, country: string | null, data: FigureData, number: number, block: number): FigurePlan {
  return { id: figureId(input.template.number, country, spec.id), number, spec, indicator: spec.indicator, country, data, block };
}

/** A country section speaks of its own collection period; the regional comparison of the whole. */
function sectionPeriod(input: ComposeInput, country: string | null): { from: string; to: string } {
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

export type { TableBlock };
