/**
 * The IOM palette: every colour a bulletin prints, named once (charts, maps and pages alike).
 * IOM blue leads; the categorical series are colour-blind safe (Okabe & Ito after IOM blue).
 */

export const IOM_BLUE = '#0033A0';
/** A lighter IOM blue for accents on the cover; the cover's label on the blue band. */
export const IOM_BLUE_LIGHT = '#5B92E5';
export const COVER_LABEL = '#B9CCF0';
/** The light blue tint of boxes. */
export const TINT = '#E8EEF8';
export const WHITE = '#ffffff';
/** Text on white: near-black; secondary text (axis labels): dark grey; rules: light grey. */
export const INK = '#1a1a1a';
export const INK_SOFT = '#4d4d4d';
export const RULE = '#b3b3b3';
/** Page text in grey (footers, sources) and the page's rules (blue-grey). */
export const PAGE_GREY = '#5F6368';
export const PAGE_RULE = '#C5CEE0';
/** Fill of a cell hidden by the small-count rule. */
export const SUPPRESSED_FILL = '#d9d9d9';

/**
 * Categorical series: IOM blue, then a darkened Okabe–Ito orange and cerulean (so that every colour
 * keeps 3:1 against white), bluish green, vermillion, reddish purple, purple, brown (no yellow, too pale on white; no grey, which reads as "missing").
 * Distinct under the common colour-vision deficiencies.
 */
export const CATEGORICAL: readonly string[] = [
  IOM_BLUE, '#c26a00', '#2a78b0', '#009e73', '#d55e00', '#cc79a7', '#5e3c99', '#8c510a',
];

/**
 * Colours that mean one thing everywhere: a sex has the same colour in a donut, a pyramid and a
 * stacked bar; a country never takes a sex's colour, nor the grey that reads as "missing".
 */
export const SEX_COLORS: Readonly<Record<string, string>> = { male: IOM_BLUE, female: '#c26a00', other: '#009e73' };
export const COUNTRY_COLORS: readonly string[] = ['#2a78b0', '#cc79a7', '#1b7f8c', '#5e3c99', '#8c510a', '#d55e00'];

/**
 * Ordered answers (e.g. "increased … stopped"): IOM blue turning through cerulean to teal-green,
 * so that neighbouring steps differ in hue and not only in lightness. Every step of the ramps
 * below stands out from the white page by at least 3:1 (WCAG 1.4.11, graphical objects): no
 * near-white tint carries data.
 */
export const SEQUENTIAL_BLUES: readonly string[] = ['#0033a0', '#3358c0', '#2f7fb5', '#1f8a9a', '#3a9a7a'];
/** Further blues and teals after the blues run out (never grey: grey reads as "missing" or "hidden"). */
export const SEQUENTIAL_MORE: readonly string[] = ['#1b7f8c', '#0b4f5c', '#3a9aa6', '#16707c'];

/** Two-sided answers ("increased … decreased"): blues, a neutral grey, oranges. */
export const DIVERGING_BLUE: readonly string[] = ['#0033a0', '#3a6cc6', '#6c93d9'];
export const DIVERGING_ORANGE: readonly string[] = ['#c97f1a', '#a86a00', '#8a4a00'];
export const NEUTRAL = '#949494';

/** The least contrast a data colour keeps with the white page (WCAG 1.4.11). */
export const MIN_GRAPHIC_CONTRAST = 3;

/** Maps: provinces covered (a mid blue that keeps 3:1 against white), not covered, neighbours, borders. */
export const MAP = Object.freeze({
  symbol: IOM_BLUE,
  covered: '#6f94d6',
  uncovered: WHITE,
  border: '#9a9a9a',
  outline: INK_SOFT,
  neighbour: '#f2f2f2',
  neighbourBorder: '#cccccc',
  ink: INK,
  inkSoft: '#6b6b6b',
});
