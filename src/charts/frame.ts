/**
 * What every chart spec shares: schema, size, autosize, theme, data. A chart's `width` and
 * `height` are its total size in points, labels and legend included (`autosize: fit`), so the
 * layout can place it on the page without surprises.
 */
import type { Config } from 'vega-lite/types_unstable/config.js';
import type { ChartInput } from './types.js';
import type { Datum } from './data.js';
import { themeConfig, SIZE } from './theme.js';
import { textMeasure, type MeasureText } from './measure.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** One A4 text column in points (A4 is 595 pt wide; 57 pt margins). */
export const DEFAULT_WIDTH = 480;
export const PADDING = 2;
/** Gap between a bar end and its value label. */
export const LABEL_GAP = 4;
export const LINE_HEIGHT = SIZE.label + 2;
/** Vertical room taken by a top legend (one row). */
export const LEGEND_ROW = SIZE.legend + 14;

/** Split of a label into lines (labels are wrapped in the data, lines joined by `\n`). */
export const SPLIT_LINES = "split(datum.label, '\\n')";

interface Frame {
  $schema: string;
  description: string;
  width: number;
  height: number;
  autosize: { type: 'fit'; contains: 'padding' };
  padding: number;
  config: Config;
}

export function frame(input: ChartInput, width: number, height: number): Frame {
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: input.id,
    width: Math.round(width),
    height: Math.round(height),
    autosize: { type: 'fit', contains: 'padding' },
    padding: PADDING,
    config: themeConfig(input.lang),
  };
}

/** Datums as plain values for the spec (hidden flag and base kept for checks and tooltips). */
export function values(data: readonly Datum[]): Record<string, string | number | boolean | null>[] {
  return data.map((d) => ({ ...d }));
}

export function measurer(): MeasureText {
  return textMeasure();
}

/** Widest printed value label, in points. */
export function widestLabel(data: readonly Datum[], measure: MeasureText, size: number = SIZE.value): number {
  return data.reduce((w, d) => Math.max(w, measure(d.label, size)), 0);
}

/** Largest drawn value (at least a tiny positive number, so a scale is never empty). */
export function maxValue(data: readonly Datum[]): number {
  const m = data.reduce((a, d) => Math.max(a, d.v), 0);
  return m > 0 ? m : 1;
}

/**
 * The top of the value scale: a share is drawn on a fixed 0–100 % scale (28 % never fills the
 * width); other values on their own largest one.
 */
export function scaleTop(input: Pick<ChartInput, 'valueKind'>, data: readonly Datum[]): number {
  const m = maxValue(data);
  return input.valueKind === 'share' ? Math.max(1, m) : m;
}

/**
 * The category axis of bars and lines. Marks are positioned by the category's index (`ci`), so two
 * categories may print the same text (`май` of two years); the axis looks the printed lines up by
 * index. Vega draws a multi-line label downwards from its tick, so a label of k lines is moved up
 * by half its extra height to sit centred on its bar (`centre`).
 */
export function categoryAxis(lines: readonly (readonly string[])[], centre: boolean): { labelExpr: string; labelOffset?: { expr: string } } {
  const labelExpr = `${JSON.stringify(lines)}[datum.value]`;
  const offsets = lines.map((l) => -((l.length - 1) * LINE_HEIGHT) / 2);
  if (!centre || offsets.every((o) => o === 0)) return { labelExpr };
  return { labelExpr, labelOffset: { expr: `${JSON.stringify(offsets)}[datum.value]` } };
}

/** A domain maximum that leaves `room` points after the longest bar in a plot `length` points long. */
export function domainWithRoom(max: number, room: number, length: number): number {
  const free = Math.min(0.8, Math.max(0, room / Math.max(1, length)));
  return max / (1 - free);
}

/** Rounds to 4 decimals, so specs stay readable and stable. */
export function r4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
