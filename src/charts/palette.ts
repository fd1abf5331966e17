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
/** Stripes of the hatched block that stands for the hidden (small-count) remainder of a stacked bar. */
export const HIDDEN_HATCH = '#6b6b6b';

/**
 * Categorical series: IOM blue, then a darkened Okabe–Ito orange and cerulean, bluish green, crimson,
 * reddish purple, olive and magenta (every colour keeps 3:1 against white; no yellow, too pale on
 * white; no grey, which reads as "missing"). Any two differ by at least `MIN_CATEGORY_DELTA_E`
 * (CIEDE2000), so that a chart of eight categories never prints two of them in near-identical colours.
 */
export const CATEGORICAL: readonly string[] = [
  IOM_BLUE, '#c26a00', '#2a78b0', '#009e73', '#bb0033', '#cc79a7', '#666600', '#aa0099',
];

/**
 * Colours that mean one thing everywhere: a sex has the same colour in a donut, a pyramid and a
 * stacked bar; a country never takes a sex's colour, nor the grey that reads as "missing", nor a
 * blue (blues are IOM blue's data series and the ordered ramp) nor orange (a sex, and "No"):
 * teal, reddish purple, crimson, olive, magenta, then ochre (brown, a sixth country only).
 */
export const SEX_COLORS: Readonly<Record<string, string>> = { male: IOM_BLUE, female: '#c26a00', other: '#009e73' };
export const COUNTRY_COLORS: readonly string[] = ['#1b7f8c', '#cc79a7', '#bb0033', '#666600', '#aa0099', '#8c510a'];

/**
 * Ordered answers (lengths of stay, education levels, "none … all"): one ramp of IOM blue, dark to
 * light (CIE lightness rising from 26 to 86 in even steps, chroma falling), so that an order reads
 * as an order and no step shares a hue with a country, a sex or "No". Lightness carries the
 * meaning: neighbouring steps differ by at least `MIN_RAMP_STEP_DELTA_E` (CIEDE2000), any two
 * further apart by `MIN_CATEGORY_DELTA_E`. The three lightest steps fall below 3:1 against the
 * page: in a 100 % bar each step sits against its neighbour, not the page, and is labelled in ink
 * (`inkOn`). `sequential(k)` takes k evenly spaced steps.
 */
export const SEQUENTIAL: readonly string[] = [IOM_BLUE, '#0b4fb0', '#276bc1', '#4588d1', '#68a4df', '#91bfeb', '#bedaf6'];

/** Two-sided answers ("increased … decreased"): blues, a neutral grey, oranges. */
export const DIVERGING_BLUE: readonly string[] = ['#0033a0', '#3a6cc6', '#6c93d9'];
export const DIVERGING_ORANGE: readonly string[] = ['#c97f1a', '#a86a00', '#8a4a00'];
export const NEUTRAL = '#949494';

/**
 * Yes/no answers, wherever they are the categories (a donut, a 100 % bar): "Yes" IOM blue against
 * "No" orange, as two-sided answers are; a third answer ("Not needed", "Undecided") the neutral
 * grey of the middle of a two-sided scale.
 */
export const YES_NO_COLORS: Readonly<Record<string, string>> = { yes: IOM_BLUE, no: DIVERGING_ORANGE[1]!, other: NEUTRAL };

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
