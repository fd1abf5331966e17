/**
 * The house look of every chart: IOM blue for the main series, a colour-blind-safe categorical
 * palette that starts with IOM blue (the rest from Okabe & Ito), Noto Sans, no gridlines, a light
 * axis, values written on the marks.
 */
import type { Config } from 'vega-lite/types_unstable/config.js';
import type { Lang } from '../i18n/lang.js';
import { FONT_FAMILY } from './fonts.js';
import { vegaLocale } from './locale.js';
import {
  CATEGORICAL, DIVERGING_BLUE, DIVERGING_ORANGE, INK, INK_SOFT, IOM_BLUE, NEUTRAL, RULE, SEQUENTIAL, WHITE,
} from './palette.js';

/**
 * `k` colours of the sequential ramp (dark to light), evenly spaced along it; more steps than the
 * ramp holds fall back to the categorical palette (an order then shows in the legend, not the hue).
 */
export function sequential(k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [SEQUENTIAL[1] ?? IOM_BLUE];
  if (k > SEQUENTIAL.length) return categorical(k);
  const idx = Array.from({ length: k }, (_, i) => Math.round((i * (SEQUENTIAL.length - 1)) / (k - 1)));
  return idx.map((i) => SEQUENTIAL[i] ?? IOM_BLUE);
}

/** `k` colours of a diverging ramp: the first half blue (dark to light), the second orange (light to dark). */
export function diverging(k: number): string[] {
  const half = Math.floor(k / 2);
  const pick = (ramp: readonly string[], n: number, reverse: boolean): string[] => {
    const out = Array.from({ length: n }, (_, i) => ramp[Math.min(ramp.length - 1, Math.round(((ramp.length - 1) * i) / Math.max(1, n - 1)))] ?? NEUTRAL);
    return reverse ? out.reverse() : out;
  };
  const blues = half === 1 ? [IOM_BLUE] : pick(DIVERGING_BLUE, half, false);
  const oranges = half === 1 ? [DIVERGING_ORANGE[1] as string] : pick(DIVERGING_ORANGE, half, false);
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
  return 1.05 / (L + 0.05) > (L + 0.05) / (INK_L + 0.05) ? WHITE : INK;
}

/** Font sizes in points. Body text of the bulletin is 10 pt. */
export const SIZE = { label: 9.5, value: 9.5, legend: 9.5, title: 10 } as const;

/** The Vega-Lite `config` block shared by every chart. */
export function themeConfig(lang: Lang): Config {
  return {
    font: FONT_FAMILY,
    background: WHITE,
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
    arc: { stroke: WHITE, strokeWidth: 1 },
    range: { category: [...CATEGORICAL] },
  };
}
