/**
 * The house look of every chart: IOM blue for the main series, a colour-blind-safe categorical
 * palette that starts with IOM blue (the rest from Okabe & Ito), Noto Sans, no gridlines, a light
 * axis, values written on the marks.
 */
import type { Config } from 'vega-lite/types_unstable/config.js';
import type { Lang } from '../i18n/lang.js';
import { FONT_FAMILY } from './fonts.js';
import { vegaLocale } from './locale.js';

export const IOM_BLUE = '#0033A0';
/** Text on white: near-black; secondary text (axis labels): dark grey; rules: light grey. */
export const INK = '#1a1a1a';
export const INK_SOFT = '#4d4d4d';
export const RULE = '#b3b3b3';
/** Fill of a cell hidden by the small-count rule. */
export const SUPPRESSED_FILL = '#d9d9d9';

/**
 * Categorical series: IOM blue, then Okabe–Ito orange, sky blue, bluish green, vermillion,
 * reddish purple, purple, brown (no yellow, too pale on white; no grey, which reads as "missing").
 * Distinct under the common colour-vision deficiencies.
 */
export const CATEGORICAL: readonly string[] = [
  IOM_BLUE, '#e69f00', '#56b4e9', '#009e73', '#d55e00', '#cc79a7', '#5e3c99', '#8c510a',
];

/**
 * Colours that mean one thing everywhere: a sex has the same colour in a donut, a pyramid and a
 * stacked bar; a country never takes a sex's colour, nor the grey that reads as "missing".
 */
export const SEX_COLORS: Readonly<Record<string, string>> = { male: IOM_BLUE, female: '#e69f00', other: '#009e73' };
export const COUNTRY_COLORS: readonly string[] = ['#56b4e9', '#cc79a7', '#1b7f8c', '#5e3c99', '#8c510a', '#d55e00'];

/** Ordered answers (e.g. "increased … stopped"): IOM blue to pale blue, then further blues and teals. */
const SEQUENTIAL_BLUES: readonly string[] = ['#0033a0', '#2f62c0', '#6f95d6', '#a9c1e8', '#d6e2f5'];

/** `k` colours of a sequential blue ramp (dark to light). */
export function sequential(k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [IOM_BLUE];
  if (k <= SEQUENTIAL_BLUES.length) {
    const idx = Array.from({ length: k }, (_, i) => Math.round((i * (SEQUENTIAL_BLUES.length - 1)) / (k - 1)));
    return idx.map((i) => SEQUENTIAL_BLUES[i] ?? IOM_BLUE);
  }
  // Never grey: grey reads as "missing" or "hidden".
  const more = ['#1b7f8c', '#5fb3bd', '#9fd4d9', '#0b4f5c'];
  return [...SEQUENTIAL_BLUES, ...Array.from({ length: k - SEQUENTIAL_BLUES.length }, (_, i) => more[i % more.length]!)];
}

/** Two-sided answers ("increased … decreased"): blues, a neutral grey in the middle when k is odd, oranges. */
const DIVERGING_BLUE = ['#0033a0', '#4f7cc8', '#9db7e3'];
const DIVERGING_ORANGE = ['#f2b872', '#e08a1e', '#b35900'];
const NEUTRAL = '#c8c8c8';

/** `k` colours of a diverging ramp: the first half blue (dark to light), the second orange (light to dark). */
export function diverging(k: number): string[] {
  const half = Math.floor(k / 2);
  const pick = (ramp: string[], n: number, reverse: boolean): string[] => {
    const out = Array.from({ length: n }, (_, i) => ramp[Math.min(ramp.length - 1, Math.round(((ramp.length - 1) * i) / Math.max(1, n - 1)))] ?? NEUTRAL);
    return reverse ? out.reverse() : out;
  };
  const blues = half === 1 ? [IOM_BLUE] : pick(DIVERGING_BLUE, half, false);
  const oranges = half === 1 ? ['#e08a1e'] : pick(DIVERGING_ORANGE, half, false);
  return [...blues, ...(k % 2 ? [NEUTRAL] : []), ...oranges];
}

/** `k` categorical colours (cycling when more than the palette holds). */
export function categorical(k: number): string[] {
  return Array.from({ length: k }, (_, i) => CATEGORICAL[i % CATEGORICAL.length] ?? IOM_BLUE);
}

/**
 * Text colour readable on a fill: white or ink, whichever has the higher WCAG contrast with it
 * (white only on dark fills such as IOM blue).
 */
export function inkOn(fill: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(fill);
  if (!m || m[1] === undefined) return INK;
  const hex = m[1];
  const lin = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4);
  const INK_L = 0.0103; // relative luminance of INK (#1a1a1a)
  return 1.05 / (L + 0.05) > (L + 0.05) / (INK_L + 0.05) ? '#ffffff' : INK;
}

/** Font sizes in points. Body text of the bulletin is 10 pt. */
export const SIZE = { label: 9.5, value: 9.5, legend: 9.5, title: 10 } as const;

/** The Vega-Lite `config` block shared by every chart. */
export function themeConfig(lang: Lang): Config {
  return {
    font: FONT_FAMILY,
    background: '#ffffff',
    padding: 2,
    locale: vegaLocale(lang),
    view: { stroke: null },
    axis: {
      grid: false,
      ticks: false,
      domainColor: RULE,
      labelColor: INK_SOFT,
      labelFont: FONT_FAMILY,
      labelFontSize: SIZE.label,
      labelPadding: 5,
      labelLineHeight: SIZE.label + 2,
      titleColor: INK_SOFT,
      titleFont: FONT_FAMILY,
      titleFontSize: SIZE.label,
      titleFontWeight: 'normal',
    },
    legend: {
      orient: 'top',
      direction: 'horizontal',
      title: null,
      labelColor: INK,
      labelFont: FONT_FAMILY,
      labelFontSize: SIZE.legend,
      symbolType: 'square',
      symbolSize: 90,
      symbolStrokeWidth: 0,
      columnPadding: 14,
      rowPadding: 4,
      padding: 0,
      offset: 8,
    },
    title: { font: FONT_FAMILY, fontSize: SIZE.title, fontWeight: 'bold', color: INK, anchor: 'middle' },
    text: { font: FONT_FAMILY, fontSize: SIZE.value, color: INK },
    bar: { color: IOM_BLUE },
    line: { color: IOM_BLUE, strokeWidth: 2 },
    point: { color: IOM_BLUE, filled: true, size: 40, opacity: 1 },
    arc: { stroke: '#ffffff', strokeWidth: 1 },
    range: { category: [...CATEGORICAL] },
  };
}
