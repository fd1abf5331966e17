/**
 * The chart-ready input: what a figure shows, already translated, independent of what the
 * indicator means. The layout turns `ResultRow`s into a `ChartInput`; `toVegaLite` turns a
 * `ChartInput` into a Vega-Lite spec; `renderSvg` draws it.
 *
 *   ResultRow[] ──(layout: labels, order, which cells)──▶ ChartInput ──toVegaLite──▶ Vega-Lite spec
 *                                                                    ──renderSvg──▶ SVG ──renderPng──▶ PNG
 *
 * Chart types and how they read `rows`:
 *
 * | type           | category (one mark per …)        | group (series)              | typical use                                  |
 * |----------------|----------------------------------|-----------------------------|----------------------------------------------|
 * | `donut`        | slice (2–3 slices)               | –                           | sex split                                    |
 * | `hbar`         | bar, label left (wrapped)        | –                           | citizenship, assistance types, multi-choice  |
 * | `grouped-hbar` | bar cluster, label left          | bar within the cluster      | impacts by sex                               |
 * | `bar`          | vertical bar, label below        | side-by-side bar if present | short categories (household size)            |
 * | `column`       | vertical bar, in the given order | side-by-side bar if present | months (return month)                        |
 * | `histogram`    | band (`0–5`, `6–11`), adjacent   | –                           | months abroad, bands                         |
 * | `line`         | point on x, in the given order   | one line per group          | months                                       |
 * | `stacked100`   | segment (answer option)          | one 100 % bar per group     | change since the pandemic, by sex            |
 * | `pyramid`      | age group (youngest at bottom)   | exactly two: left, right    | age by sex (males left, females right)       |
 * | `slope`        | one line per category            | the two time points (x)     | employment before vs now                     |
 *
 * Values: `share` is a proportion in [0, 1] (printed as a percentage), `count` a whole number,
 * `number` any number, `usd` an amount in US dollars. A row with `suppressed` set or a `null`
 * value draws no mark; its label reads `<5` (primary suppression, from `threshold`) or `–`.
 */
import type { Lang } from '../i18n/lang.js';

import type { ChartType } from '../schema/chart-types.js';

export { CHART_TYPES, type ChartType } from '../schema/chart-types.js';

export type ValueKind = 'share' | 'count' | 'number' | 'usd';

export interface ChartRow {
  /** Display label of the category (already in the bulletin's language). */
  category: string;
  /** Display label of the series (sex, period …); required by `grouped-hbar`, `stacked100`, `pyramid`, `slope`. */
  group?: string;
  /** The figure (a share in [0, 1] for `valueKind: 'share'`); null when undefined or suppressed. */
  value: number | null;
  /** Overrides the printed value label (e.g. `45 % (n = 12)`). */
  display?: string;
  /** Unweighted base of the cell; carried into the chart data for tooltips and checks. */
  n?: number;
  /** Set when the cell is hidden by the small-count rule: `primary` prints `<threshold`, `secondary` prints `–`. */
  suppressed?: 'primary' | 'secondary';
  /** Sort key of the category (ascending); categories without one keep their input order, after those with one. */
  order?: number;
  /**
   * A residual answer ("Other", "None", "Don't know"): a ranked chart (`sortByValue`) draws it
   * after the ranked categories, whatever its size.
   */
  residual?: boolean;
}

type PaletteName = 'categorical' | 'sequential' | 'diverging';

export interface ChartInput {
  /** Figure id (`b6.kgz.sex`); becomes the SVG's description and file name, never shown. */
  id: string;
  type: ChartType;
  lang: Lang;
  rows: ChartRow[];
  valueKind: ValueKind;
  /** Series order (legend, colours, pyramid sides: first left). Default: order of first appearance. */
  groups?: string[];
  /** Total width in points, labels included. Default 480 (one A4 text column). */
  width?: number;
  /** Total height in points. Default: from the type and the number of categories. */
  height?: number;
  /** Decimals of printed values. Default 0 for shares and counts, 1 for numbers, 0 for USD. */
  decimals?: number;
  /** Small-count threshold, for the `<5` label. Default 5. */
  threshold?: number;
  /**
   * Colours: `categorical` (default), `sequential` (ordered answers; default for `stacked100`) or
   * `diverging` (two-sided answers such as increased / no change / decreased: blues, grey, oranges).
   */
  palette?: PaletteName;
  /** Explicit colour per category (donut, stacked100) or group label; wins over the palette. */
  colors?: Record<string, string>;
  /**
   * Sort categories by value, largest first (`hbar`, `bar`), the rows marked `residual` last; `order`
   * then only breaks ties. Default: `order`, then input order.
   */
  sortByValue?: boolean;
  /** Text in the middle of a donut (e.g. `n = 295`). */
  centre?: string;
}
