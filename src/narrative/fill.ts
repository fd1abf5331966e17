/**
 * Fills a parsed narrative sentence with the values of one section, in one language.
 * A slot without a number drops its optional fragment `[…]`, or the whole sentence when it is
 * outside one (nothing is ever printed as "undefined" or "NaN"); a fragment is also dropped when
 * its first number is 0 ("including 0 minors" is not written).
 */
import type { Lang } from '../i18n/lang.js';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../i18n/number.js';
import { plural, type PluralForms } from '../i18n/plural.js';
import type { SlotToken, TextToken, Token } from './parse.js';
import type { SlotValues } from './slot-value.js';

export interface FillOptions {
  lang: Lang;
  /** The small-count threshold, for "<5". */
  minCell: number;
}

export interface Filled {
  text: string;
  /** Whether a suppressed value was printed (the section then carries the "<5" footnote). */
  suppressed: boolean;
}

/** Returns the sentence, or null when a number it needs is missing. */
export function fillSentence(tokens: Token[], values: SlotValues, opts: FillOptions): Filled | null {
  let text = '';
  let suppressed = false;
  let rendered = false;
  for (const t of tokens) {
    if (t.type === 'optional') {
      const part = fillRun(t.tokens, values, opts, true);
      if (part) {
        text += part.text;
        suppressed ||= part.suppressed;
        rendered ||= part.rendered;
      }
      continue;
    }
    const part = fillRun([t], values, opts, false);
    if (!part) return null;
    text += part.text;
    suppressed ||= part.suppressed;
    rendered ||= part.rendered;
  }
  // A sentence made only of optional fragments, all dropped, is left out.
  if (!rendered && tokens.some((t) => t.type === 'optional')) return null;
  return { text: tidy(text), suppressed };
}

/**
 * One slot as a narrative sentence prints it (formatted, "<5" or "–" when hidden); null when the
 * section has no value for it.
 */
export function fillSlot(t: SlotToken, values: SlotValues, opts: FillOptions): Filled | null {
  const part = fillRun([t], values, opts, false);
  return part ? { text: part.text, suppressed: part.suppressed } : null;
}

function fillRun(
  tokens: (SlotToken | TextToken)[],
  values: SlotValues,
  opts: FillOptions,
  optional: boolean,
): (Filled & { rendered: boolean }) | null {
  let text = '';
  let suppressed = false;
  let rendered = false;
  let first = true;
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
      if (!v.label) return null;
      rendered = true;
      text += v.label[opts.lang];
      continue;
    }
    rendered = true;
    if (v.suppressed) {
      first = false;
      suppressed = true;
      text += renderSuppressed(t, opts, v.secondary === true);
      continue;
    }
    if (v.value === null || !Number.isFinite(v.value)) return null;
    if (optional && first && v.value === 0) return null;
    first = false;
    text += renderNumber(t, v.value, opts.lang);
  }
  return { text, suppressed, rendered };
}

function renderNumber(t: SlotToken, x: number, lang: Lang): string {
  switch (t.filter) {
    case 'percent':
      return formatPercent(x, lang);
    case 'plural':
      return `${formatNumberish(x, lang)} ${plural(x, formsOf(t.args, lang), lang)}`;
    case 'noun':
      return plural(x, formsOf(t.args, lang), lang);
    case 'age':
      return ageOf(x, lang);
    case 'usd':
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

function renderSuppressed(t: SlotToken, opts: FillOptions, secondary: boolean): string {
  // A secondary cell is not small: it is hidden so that a small one cannot be worked back.
  const lt = secondary ? '–' : `<${opts.minCell}`;
  if (t.filter === 'plural') return `${lt} ${formsOf(t.args, opts.lang).many ?? formsOf(t.args, opts.lang).other}`;
  if (t.filter === 'noun') return formsOf(t.args, opts.lang).many ?? formsOf(t.args, opts.lang).other;
  if (t.filter === 'percent') return '–';
  return lt;
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
