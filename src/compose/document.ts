/**
 * Composes one bulletin in one language: results + template → DocModel (render/model.ts), with
 * every country in one document.
 *
 *   cover · contents · key findings · about · purpose (list of the bulletins) · methodology box
 *   → one section per country (new page: key figures, narrative, figures)  → regional comparison (≥ 2 countries)
 *   → notes · glossary · disclaimer · publisher
 *
 * Figure blocks are returned with an empty `svg`: the pipeline draws the charts from the plans
 * and puts them in, so composing stays pure and its output can be golden-tested.
 */
import type { ResultRow } from '../analyse/result.js';
import { ORGANISATION, SERIES } from '../i18n/boilerplate.js';
import { str } from '../i18n/strings.js';
import type { Block, DocModel } from '../render/model.js';
import { countryLabel } from '../schema/countries.js';
import { backMatter } from './back-matter.js';
import type { FigurePlan } from './figure-plan.js';
import { coverOf, footerOf, frontMatter } from './front-matter.js';
import type { ComposeInput } from './input.js';
import { sectionSlotValues, type NarrativeCell } from './narrative.js';
import { keyFindingBlocks } from './key-figures.js';
import { sectionBlocks, sectionPeriod, type Counters } from './sections.js';
import { byIndicator } from '../analyse/select-rows.js';
import { editorialBlocks, sectionText } from './editorial.js';

export interface ComposedBulletin {
  doc: DocModel;
  figures: FigurePlan[];
  /** The cells behind the narrative's numbers. */
  narrative: NarrativeCell[];
}

export function composeBulletin(input: ComposeInput): ComposedBulletin {
  const { lang, template: t } = input;
  const index = byIndicator(input.results);
  const rowsOf = (id: string): readonly ResultRow[] => index.get(id) ?? [];
  const findings = keyFindingBlocks(t.keyFindings, t.slots, {
    lang,
    minCell: input.minCell,
    countries: input.countries,
    period: input.period,
    asOf: input.period.to,
    drawn: new Set(t.figures.map((f) => f.indicator)),
    rounds: [],
    rowsOf,
    registry: input.registry,
  }, (c) => sectionPeriod(input, c));
  const blocks: Block[] = frontMatter(input, findings, introBlocks(input, rowsOf));
  const plans: FigurePlan[] = [];
  const counters: Counters = { figure: 0, table: 0, narrative: [] };
  for (const c of input.countries) sectionBlocks(input, c, blocks, plans, counters, rowsOf);
  if (input.countries.length >= 2) sectionBlocks(input, null, blocks, plans, counters, rowsOf);
  blocks.push(...backMatter(lang, t.notes, input.content?.meta, input.period.to));
  const label = str('bulletinLabel', lang, { n: t.number });
  const doc: DocModel = {
    lang,
    title: `${label}: ${t.title[lang]}`,
    subject: SERIES[lang],
    author: ORGANISATION[lang],
    keywords: ['IOM', 'DTM', t.title[lang], ...input.countries.map((c) => countryLabel(c)[lang])],
    creationDate: input.period.to,
    cover: coverOf(input),
    header: str('header', lang, { n: t.number, title: t.title[lang] }),
    footer: footerOf(input),
    blocks,
  };
  return { doc, figures: plans, narrative: counters.narrative };
}

/** The analyst's introduction (section `intro`), its slots filled for all countries together. */
function introBlocks(input: ComposeInput, rowsOf: (id: string) => readonly ResultRow[]): Block[] {
  const text = sectionText(input.content, 'intro', input.lang);
  if (!text) return [];
  const rounds = [...new Set(input.facts.flatMap((f) => f.rounds))].sort();
  const values = sectionSlotValues(input.template.slots, {
    lang: input.lang,
    minCell: input.minCell,
    country: null,
    countries: input.countries,
    period: input.period,
    rounds,
    rowsOf,
    registry: input.registry,
  });
  const r = editorialBlocks(text, values, { lang: input.lang, minCell: input.minCell, headingLevel: 2 });
  if (r.suppressed) r.blocks.push({ type: 'paragraph', text: str('noteNarrativeSuppressed', input.lang, { m: input.minCell }), style: 'small' });
  return r.blocks;
}
