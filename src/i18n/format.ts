/**
 * Locale formatting for everything printed in a bulletin (text, tables, chart labels).
 * One entry point; each concept lives in its own module.
 */
export { type Lang } from './lang.js';
import type { Lang } from './lang.js';
import { countryFromText } from '../schema/countries.js';
export { formatNumber, formatCount, formatPercent, formatUsd, formatN } from './number.js';
export { formatDate, formatMonth, formatPeriod } from './date.js';
export { type PluralForms, plural, pluralForm, countOf } from './plural.js';

/** "A, B and C" / «A, B и C». */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'en' ? ' and ' : ' и ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** An answer named inside a list or sentence: lower-case first letter ("shelter"), unless an acronym ("PCR test") or a country. */
export function inList(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  if (countryFromText(label) !== undefined || b === '' || b !== b.toLowerCase()) return label;
  return a.toLowerCase() + label.slice(1);
}

/** Answers named together, the first as written and the rest in a list: "No change, increased". */
export function answerList(labels: readonly string[]): string {
  return labels.map((l, i) => (i === 0 ? l : inList(l))).join(', ');
}
