/** The printed value of a chart cell, formatted for the language (same formatters as the text). */
import { formatCount, formatNumber, formatPercent, formatUsd } from '../i18n/number.js';
import type { ChartInput, ChartRow, ValueKind } from './types.js';

/** Printed for a cell hidden to protect a small count that is not itself small, or without a base. */
const DASH = '–';

const DEFAULT_THRESHOLD = 5;

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
 * The one mark of a hidden cell, in every figure and table, both languages: `<5` for a primary-
 * suppressed cell (a count, or a share standing for, or resting on, 1–4 people), `–` for a
 * secondary one or a missing value. The figure's note and the methodology define both.
 */
export function hiddenMark(suppressed: 'primary' | 'secondary' | undefined, threshold: number | undefined): string {
  return suppressed === 'primary' ? `<${threshold ?? DEFAULT_THRESHOLD}` : DASH;
}

/** The hidden mark of a chart cell (see `hiddenMark`). */
export function hiddenLabel(row: ChartRow, input: Pick<ChartInput, 'threshold'>): string {
  return hiddenMark(row.suppressed, input.threshold);
}

/** A hidden mark in any other form than `hiddenMark`'s: `<5 people`, `<5 чел.` (never `<1%`). */
export const VARIANT_HIDDEN = /<\s?\d+[\s\u00a0]*\p{L}[\p{L}.]*/u;

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
