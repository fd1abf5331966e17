/**
 * Fills a parsed narrative sentence with the values of one section, in one language.
 * A slot without a number, or whose number is hidden by the small-count rule, drops its optional
 * fragment `[…]`, or the whole sentence when it is outside one (the template may then declare an
 * alternative wording, compose/narrative.ts). A sentence never prints "<5" or "–", "undefined" or
 * "NaN". A fragment is also dropped when its first number is 0 ("including 0 minors" is not
 * written). `{n|fewer:form,forms}` is the one slot that speaks of a hidden number: "fewer than
 * five victims" when n is hidden because it is small, and nothing (the fragment or sentence is
 * dropped) otherwise — a number hidden only to protect another is not small. `{n|count:form,forms}`
 * is `plural` with that fallback: the number when shown, "fewer than five boys" when small.
 */
import type { Lang } from '../i18n/lang.js';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../i18n/number.js';
import { plural, type PluralForms } from '../i18n/plural.js';
import type { SlotToken, TextToken, Token } from './parse.js';
import type { SlotValues } from './slot-value.js';

export interface FillOptions {
  lang: Lang;
  /** The small-count threshold, for "fewer than five". */
  minCell: number;
  /** Whether counts under ten are spelled out (set per sentence by fillSentence). */
  spellSmall?: boolean;
  /**
   * Figures the paragraph has already stated (`Filled.stated` of the sentences before, e.g. "$230"):
   * an optional fragment that would state one of them again is dropped ("… the median was $230.
   * All 529 respondents worked in Kazakhstan[; their typical transfer was $230 (median)]").
   */
  stated?: ReadonlySet<string>;
}

export interface Filled {
  text: string;
  /** The figures the sentence states (amounts, percentages, plain numbers; not counts of people), as printed. */
  stated?: string[];
}

/** The filters whose printed number is a figure a later sentence must not repeat. */
const FIGURE_FILTERS = new Set<string>(['number', 'percent', 'usd', 'age']);

/** Returns the sentence, or null when a number it needs is missing. */
export function fillSentence(tokens: Token[], values: SlotValues, given: FillOptions): Filled | null {
  // The counts of a sentence are written alike ("11 boys/8 girls", not "11 boys/eight girls"):
  // under ten they are spelled out only when none of them takes figures.
  const slots = tokens.flatMap((t) => (t.type === 'optional' ? t.tokens : [t])).filter((t): t is SlotToken => t.type === 'slot' && (t.filter === 'plural' || t.filter === 'count'));
  const figures = slots.some((t) => {
    const x = values[t.name]?.value;
    return typeof x === 'number' && !values[t.name]?.suppressed && !(Number.isInteger(x) && x < 10);
  });
  const opts: FillOptions = { ...given, spellSmall: !figures };
  let text = '';
  let rendered = false;
  const stated: string[] = [];
  for (const t of tokens) {
    if (t.type === 'optional') {
      const part = fillRun(t.tokens, values, opts, true);
      if (part) {
        text += part.text;
        rendered ||= part.rendered;
        stated.push(...part.stated);
      }
      continue;
    }
    const part = fillRun([t], values, opts, false);
    if (!part) return null;
    text += part.text;
    rendered ||= part.rendered;
    stated.push(...part.stated);
  }
  // A sentence made only of optional fragments, all dropped, is left out.
  if (!rendered && tokens.some((t) => t.type === 'optional')) return null;
  return { text: tidy(text), stated };
}

/**
 * One slot as a narrative sentence prints it; null when the section has no value for it or the
 * value is hidden (a sentence never prints a hidden number).
 */
export function fillSlot(t: SlotToken, values: SlotValues, opts: FillOptions): Filled | null {
  const part = fillRun([t], values, opts, false);
  return part ? { text: part.text } : null;
}

function fillRun(
  tokens: (SlotToken | TextToken)[],
  values: SlotValues,
  opts: FillOptions,
  optional: boolean,
): { text: string; rendered: boolean; stated: string[] } | null {
  let text = '';
  let rendered = false;
  let first = true;
  const stated: string[] = [];
  for (const t of tokens) {
    if (t.type === 'text') {
      text += t.text;
      continue;
    }
    const v = values[t.name];
    if (!v) return null;
    if (v.text) {
      text += v.text[opts.lang];
      continue;
    }
    if (t.filter === 'change') {
      // Written only when the build has a baseline and the change is significant; otherwise the
      // fragment (or the sentence) is left out, like any slot without a value.
      if (!v.change || !v.change.significant || v.suppressed) return null;
      rendered = true;
      text += renderChange(v.change.before, (v.value ?? v.change.before) > v.change.before, opts.lang);
      continue;
    }
    if (t.filter === 'label') {
      // `{name|label:gen}`: a list in the genitive, after «из», «граждане»
      const label = t.args[0] === 'gen' ? v.genitive : v.label;
      if (!label) return null;
      rendered = true;
      text += label[opts.lang];
      continue;
    }
    rendered = true;
    if (t.filter === 'fewer') {
      // Only a number hidden because it is small is "fewer than five".
      if (!v.suppressed || v.secondary === true) return null;
      first = false;
      text += fewerThan(t, opts);
      continue;
    }
    // `{n|hidden:minors}`: the template's wording for a number it may not print ("including
    // minors"): printed only when n is hidden (small, or hidden with a figure), never its value.
    // A hidden count is never zero (zeros are published), so the words reveal nothing the figure
    // does not show. Otherwise the fragment is dropped (the one with the number says it).
    if (t.filter === 'hidden') {
      if (!v.suppressed) return null;
      first = false;
      text += t.args.join(',');
      continue;
    }
    // `{n|count:boy,boys}`: "6 boys", or the declared fallback "fewer than five boys" when n is
    // hidden because it is small (a figure shows it as "<5": the words reveal no more); a number
    // hidden only to protect another ("–") still drops the fragment.
    if (t.filter === 'count' && v.suppressed) {
      if (v.secondary === true) return null;
      first = false;
      text += fewerThan(t, opts);
      continue;
    }
    if (v.suppressed) return null;
    if (v.value === null || !Number.isFinite(v.value)) return null;
    if (optional && first && v.value === 0) return null;
    first = false;
    const printed = renderNumber(t, v.value, opts.lang, opts.spellSmall !== false);
    if (FIGURE_FILTERS.has(t.filter)) {
      // a fragment never repeats a figure the paragraph has stated already
      if (optional && opts.stated?.has(printed)) return null;
      stated.push(printed);
    }
    text += printed;
  }
  return { text, rendered, stated };
}

function renderNumber(t: SlotToken, x: number, lang: Lang, spell: boolean): string {
  switch (t.filter) {
    case 'percent':
      return formatPercent(x, lang);
    case 'plural':
    case 'count':
      // English running text spells out whole numbers under ten ("nine implementing partners"),
      // but not in a series with larger ones.
      return `${spell && lang === 'en' && Number.isInteger(x) && x >= 1 && x < 10 ? EN_WORDS[x] : formatNumberish(x, lang)} ${plural(x, formsOf(t.args, lang), lang)}`;
    case 'noun':
      return plural(x, formsOf(t.args, lang), lang);
    case 'age':
      // `{n|age:year,years}`: with the unit; under one year the age is in months either way.
      return t.args.length > 0 && x >= 1 ? `${ageOf(x, lang)} ${plural(Math.floor(x), formsOf(t.args, lang), lang)}` : ageOf(x, lang);
    case 'usd':
      // «282 долл. США» in Russian, as in the tables and charts (i18n/number.ts)
      return formatUsd(x, lang);
    default:
      return formatNumberish(x, lang);
  }
}

/** "up from 45 % in the previous round" / «в предыдущем раунде — 45 %». */
function renderChange(before: number, up: boolean, lang: Lang): string {
  const p = formatPercent(before, lang);
  return lang === 'en' ? `${up ? 'up' : 'down'} from ${p} in the previous round` : `в предыдущем раунде — ${p}`;
}

/** "fewer than five boys" / «менее пяти мальчиков»: the threshold in words, the plural form for many. */
function fewerThan(t: SlotToken, opts: FillOptions): string {
  const forms = formsOf(t.args, opts.lang);
  if (opts.lang === 'en') return `fewer than ${numberWord(opts.minCell, 'en')} ${forms.other}`;
  return `менее ${numberWord(opts.minCell, 'ru')} ${forms.many ?? forms.other}`;
}

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Russian genitive, as after «менее»: менее пяти. */
const RU_GENITIVE = ['нуля', 'одного', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];

/** Small whole numbers in words (style: numbers under ten in running text); others as figures. */
function numberWord(n: number, lang: Lang): string {
  const words = lang === 'en' ? EN_WORDS : RU_GENITIVE;
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : formatCount(n, lang);
}

/** An age in years as people write it: infants in months (2 months / 2 мес.), others in whole years. */
function ageOf(years: number, lang: Lang): string {
  if (years >= 1) return formatCount(Math.floor(years), lang);
  const months = Math.max(1, Math.round(years * 12));
  return lang === 'en' ? `${months} ${months === 1 ? 'month' : 'months'}` : `${months} мес.`;
}

function formatNumberish(x: number, lang: Lang): string {
  return Number.isInteger(x) ? formatCount(x, lang) : formatNumber(x, lang);
}

/** English lists one,other; Russian one,few,many (checked when the template is loaded). */
export function formsOf(args: string[], lang: Lang): PluralForms {
  if (lang === 'en') return { one: args[0] ?? '', other: args[1] ?? args[0] ?? '' };
  return { one: args[0] ?? '', few: args[1] ?? '', many: args[2] ?? '', other: args[1] ?? '' };
}

/**
 * Collapses the spaces left by a dropped fragment, a space before punctuation, punctuation left
 * at the start, and a doubled full stop; the first letter is capitalised.
 */
function tidy(s: string): string {
  const t = s
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/\.\./g, '.')
    .replace(/^[\s,;:.]+/, '')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
