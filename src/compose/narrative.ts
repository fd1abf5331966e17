/** The narrative paragraphs of a section: every sentence of the template, filled from the results. */
import { joinList } from '../i18n/format.js';
import type { ResultRow } from '../analyse/result.js';
import type { ShareEstimate } from '../analyse/change-interval.js';
import { baselineKey } from './input.js';
import { formatPeriod } from '../i18n/date.js';
import { countryIn, countryThe } from '../i18n/country-cases.js';
import type { Lang } from '../i18n/lang.js';
import { str } from '../i18n/strings.js';
import { fillSentence } from '../narrative/fill.js';
import { parseSentence, type Token } from '../narrative/parse.js';
import { resolveSlots } from '../narrative/resolve.js';
import type { SlotValues } from '../narrative/slot-value.js';
import type { Block } from '../render/model.js';
import { countryLabel } from '../schema/countries.js';
import type { Localized, Sentence, SlotSpec } from '../schema/template.js';
import { countryDimOf, type IndicatorInfo } from './indicator-info.js';
import { codeLabel } from './labels.js';
import { instrument } from '../schema/instruments.js';
import { codeSentenceOf } from '../schema/variables.js';

export interface NarrativeContext {
  lang: Lang;
  minCell: number;
  /** ISO3 of the section, or null for the regional comparison. */
  country: string | null;
  countries: readonly string[];
  period: { from: string; to: string };
  /** The date of the bulletin's data (YYYY-MM-DD): place names are those in force then. */
  asOf?: string;
  /** Indicators shown as figures in the section (narrative/resolve.ts `drawn`). */
  drawn?: ReadonlySet<string>;
  rounds: readonly string[];
  rowsOf: (indicator: string) => readonly ResultRow[];
  registry: ReadonlyMap<string, IndicatorInfo>;
  baseline?: Readonly<Record<string, ShareEstimate>> | undefined;
  /** Receives the cell behind every slot with a number (when given). */
  used?: NarrativeCell[];
  /** Notes on USD conversion, printed after the narrative when a sentence shows USD amounts. */
  usd?: readonly string[];
  /**
   * When given, the narrative does not print the USD notes itself: it calls this when a sentence
   * shows an amount (the section prints the notes once, under the figure of amounts when there is one).
   */
  onUsd?: () => void;
  /** Receives the figures the narrative states (fill.ts `stated`), so that a figure's sentence does not repeat them. */
  stated?: Set<string>;
}

/** One number a section's narrative can print, with what a later round compares it with. */
export interface NarrativeCell {
  /** ISO3 of the section, or null for the regional comparison. */
  section: string | null;
  slot: string;
  indicator: string;
  dims: Record<string, string>;
  category: string | null;
  stat: string;
  /** Null when hidden. */
  value: number | null;
  n: number | null;
  count: number | null;
  se: number | null;
  suppressed: 'primary' | 'secondary' | null;
}

/**
 * The value of every declared slot and every context slot in one section (also used to fill the
 * analyst's text and the key figures).
 */
export function sectionSlotValues(slots: Record<string, SlotSpec>, ctx: NarrativeContext): SlotValues {
  return {
    ...resolveSlots(slots, {
      rowsOf: ctx.rowsOf,
      countryDimOf: (id) => {
        const ind = ctx.registry.get(id);
        return ind ? countryDimOf(ind) : 'country';
      },
      country: ctx.country,
      minCell: ctx.minCell,
      ...(ctx.drawn ? { drawn: ctx.drawn } : {}),
      ...(ctx.baseline ? { baselineOf: (r: ResultRow) => ctx.baseline?.[baselineKey(r.indicator, r.dims, r.category)] } : {}),
      labelOf: (id, code) => {
        const ind = ctx.registry.get(id);
        // the answer as a sentence names it ("the loss of a job"), where the catalogue declares it
        const sentence = codeSentenceOf(ind?.instrument ?? 'survey', ind?.variable, code);
        if (sentence) return sentence;
        return inText(code, codeLabel(code, ind?.variable, ind?.instrument ?? 'survey', ctx.asOf), properName(ind));
      },
    }),
    ...contextSlots(ctx),
  };
}

/**
 * The narrative paragraphs of a section; `extra` adds blocks after them (the analyst's text), with
 * the "<5" note when that text shows a hidden value.
 */
export function narrativeBlocks(
  sentences: readonly Sentence[],
  slots: Record<string, SlotSpec>,
  ctx: NarrativeContext,
  extra?: (values: SlotValues) => { blocks: Block[]; suppressed: boolean },
): Block[] {
  const values = sectionSlotValues(slots, ctx);
  if (ctx.used) recordCells(values, ctx.country, ctx.used);
  const texts: string[] = [];
  let usd = false;
  for (const s of sentences) {
    // The sentence, or the first alternative wording that can be filled, or nothing.
    for (const wording of [s, ...(s.else ?? [])]) {
      const tokens = parseSentence(wording[ctx.lang]);
      const filled = fillSentence(tokens, values, { lang: ctx.lang, minCell: ctx.minCell });
      if (!filled) continue;
      usd ||= usesUsd(tokens, slots, ctx.registry);
      texts.push(filled.text);
      for (const f of filled.stated ?? []) ctx.stated?.add(f);
      break;
    }
  }
  const blocks: Block[] = paragraphsOf(texts).map((text) => ({ type: 'paragraph', text }));
  if (extra) {
    const more = extra(values);
    blocks.push(...more.blocks);
    if (more.suppressed) blocks.push({ type: 'paragraph', text: str('noteNarrativeSuppressed', ctx.lang, { m: ctx.minCell }), style: 'small' });
  }
  if (usd && ctx.onUsd) ctx.onUsd();
  else if (usd) for (const note of ctx.usd ?? []) blocks.push({ type: 'paragraph', text: note, style: 'small' });
  return blocks;
}

/**
 * A paragraph of the narrative takes the next sentence while it is shorter than this many
 * characters (about two and a half lines), so that it ends up three to five lines long: a section
 * reads as a few paragraphs, as an analyst writes it, not as a list of one-sentence paragraphs each
 * ending in a short line.
 */
const PARAGRAPH_CHARS = 250;

/** Sentences joined into paragraphs, in order: a sentence starts a new paragraph once the current one is long enough. */
export function paragraphsOf(sentences: readonly string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur.length >= PARAGRAPH_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur = cur === '' ? s : `${cur} ${s}`;
  }
  if (cur !== '') out.push(cur);
  return out;
}

function recordCells(values: SlotValues, section: string | null, used: NarrativeCell[]): void {
  for (const [slot, v] of Object.entries(values)) {
    const r = v.row;
    if (!r) continue;
    // hidden in the sentence (the row's own suppression, or a base below the threshold) is hidden here
    const hidden = r.suppressed !== undefined || v.suppressed === true;
    used.push({
      section,
      slot,
      indicator: r.indicator,
      dims: { ...r.dims },
      category: r.category ?? null,
      stat: r.stat,
      value: hidden ? null : r.value,
      n: hidden ? null : r.n,
      count: hidden ? null : (r.count ?? null),
      se: hidden ? null : (r.se ?? null),
      suppressed: r.suppressed ?? (v.suppressed ? 'primary' : null),
    });
  }
}

/** Whether a sentence shows an amount in US dollars (a `usd` slot, or a slot of a USD indicator). */
function usesUsd(tokens: readonly Token[], slots: Record<string, SlotSpec>, registry: ReadonlyMap<string, IndicatorInfo>): boolean {
  return tokens.some((t) =>
    t.type === 'optional'
      ? usesUsd(t.tokens, slots, registry)
      : t.type === 'slot' && (t.filter === 'usd' || registry.get(slots[t.name]?.indicator ?? '')?.currency === 'USD'),
  );
}

/**
 * A label in running text: country names take "the" where IOM writes it (the Russian Federation);
 * an answer that is not a name starts in lower case mid-sentence («потеря дохода», not «Потеря
 * дохода»), unless its second letter is a capital too (an acronym: "NFIs", «НПТ»).
 */
function inText(code: string, label: Localized, proper: boolean): Localized {
  if (/^[A-Z]{3}$/.test(code) && countryIn(code, 'en').startsWith('in the ')) return { en: `the ${label.en}`, ru: label.ru };
  if (proper) return label;
  return { en: lowerFirst(label.en), ru: lowerFirst(label.ru) };
}

function lowerFirst(s: string): string {
  const [a, b] = [s.charAt(0), s.charAt(1)];
  return b !== '' && b === b.toLowerCase() ? a.toLowerCase() + s.slice(1) : s;
}

/** Whether the indicator's categories are names (countries, provinces, partners, cities). */
function properName(ind: IndicatorInfo | undefined): boolean {
  if (!ind?.variable) return true;
  const type = instrument(ind.instrument).byName.get(ind.variable)?.type;
  return type === 'iso3' || type === 'admin1' || ind.variable === 'partner' || ind.variable === 'city' || ind.variable === 'office';
}

function contextSlots(ctx: NarrativeContext): SlotValues {
  const names = (lang: Lang) =>
    ctx.country !== null ? countryLabel(ctx.country)[lang] : joinList(ctx.countries.map((c) => countryLabel(c)[lang]), lang);
  const inNames = (lang: Lang) =>
    ctx.country !== null
      ? countryIn(ctx.country, lang)
      : joinList(
          ctx.countries.map((c, i) => (i === 0 ? countryIn(c, lang) : countryIn(c, lang).replace(/^(in|в) /, ''))),
          lang,
        );
  const text = (f: (l: Lang) => string) => ({ value: null, text: { en: f('en'), ru: f('ru') } });
  return {
    country: text(names),
    // mid-sentence, English writes "the Russian Federation"
    country_the: text((lang) => (ctx.country !== null ? countryThe(ctx.country, lang, ctx.asOf) : joinList(ctx.countries.map((c) => countryThe(c, lang, ctx.asOf)), lang))),
    country_in: text(inNames),
    period: text((l) => formatPeriod(ctx.period.from, ctx.period.to, l)),
    round: text(() => ctx.rounds.join(', ')),
  };
}

