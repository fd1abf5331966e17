/** The printed value of a chart cell, formatted for the language (same formatters as the text). */
import { formatCount, formatNumber, formatPercent, formatUsd } from '../i18n/number.js';
import { str } from '../i18n/strings.js';
import type { ChartInput, ChartRow, ValueKind } from './types.js';

/** Printed for a cell hidden to protect a small count that is not itself small, or without a base. */
export const DASH = '–';

export const DEFAULT_THRESHOLD = 5;

/** Formats a value of the given kind. */
export function formatValue(v: number, kind: ValueKind, input: Pick<ChartInput, 'lang' | 'decimals'>): string {
  const { lang, decimals } = input;
  switch (kind) {
    case 'share': return formatPercent(v, lang, { decimals: decimals ?? 0 });
    case 'count': return decimals === undefined ? formatCount(v, lang) : formatNumber(v, lang, { decimals });
    case 'number': return formatNumber(v, lang, { decimals: decimals ?? 1 });
    case 'usd': return formatUsd(v, lang, { decimals: decimals ?? 0 });
  }
}

/**
 * `<5` for a primary-suppressed cell of counts, `–` for a secondary one or a missing value. Beside
 * shares (or amounts) a bare `<5` reads as a percentage: there it says what it counts, `<5 people`
 * / `<5 чел.`.
 */
export function hiddenLabel(row: ChartRow, input: Pick<ChartInput, 'threshold'> & Partial<Pick<ChartInput, 'lang' | 'valueKind'>>): string {
  if (row.suppressed !== 'primary') return DASH;
  const m = input.threshold ?? DEFAULT_THRESHOLD;
  return input.valueKind === undefined || input.valueKind === 'count' ? `<${m}` : str('hiddenPeople', input.lang ?? 'en', { m });
}

/** A hidden label that reads as a bare number (`<5`): right beside counts, ambiguous beside shares. */
export const BARE_HIDDEN = /^<\s?\d+$/;

/** Whether the row draws no mark. */
export function isHidden(row: ChartRow): boolean {
  return row.suppressed !== undefined || row.value === null;
}

/** The label of a row: its `display`, the hidden label, or the formatted value. */
export function valueLabel(row: ChartRow, input: Pick<ChartInput, 'lang' | 'decimals' | 'threshold' | 'valueKind'>): string {
  if (row.display !== undefined) return row.display;
  if (isHidden(row) || row.value === null) return hiddenLabel(row, input);
  return formatValue(row.value, input.valueKind, input);
}
