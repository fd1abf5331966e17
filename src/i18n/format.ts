/**
 * Locale formatting for everything printed in a bulletin (text, tables, chart labels).
 * One entry point; each concept lives in its own module.
 */
export { type Lang, LANGS, NBSP } from './lang.js';
export { type NumberOptions, formatNumber, formatCount, formatPercent, formatUsd, formatN } from './number.js';
export { formatDate, formatMonth, formatMonthShort, formatPeriod, monthNames, monthNamesShort } from './date.js';
export { type PluralForms, plural, pluralForm, countOf, PLURAL_FORM_COUNT } from './plural.js';
