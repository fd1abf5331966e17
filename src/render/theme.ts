/**
 * The look of a bulletin: page geometry, colours and type styles, in points. One place, so that the
 * layout (which measures) and the renderer (which draws) cannot disagree.
 */
import { INK, IOM_BLUE, IOM_BLUE_LIGHT, PAGE_GREY, PAGE_RULE, TINT, WHITE } from '../charts/palette.js';
import type { FontKey } from './fonts.js';

/** A4 portrait. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = { top: 72, right: 56.69, bottom: 68, left: 56.69 } as const;

/** The text block. */
export const BODY = {
  x: MARGIN.left,
  y: MARGIN.top,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const;

/** The two-column grid: half-width figures sit in two columns of this width, `gutter` apart. */
export const GRID = { gutter: 20, column: (BODY.width - 20) / 2 } as const;

/** The page model spells its colours in capitals (the layout goldens do too). */
export const COLOR = {
  /** IOM blue: headings, rules, the cover band. */
  blue: IOM_BLUE,
  /** A lighter IOM blue for accents on the cover. */
  blueLight: IOM_BLUE_LIGHT,
  /** The light blue tint of boxes. */
  tint: TINT,
  text: INK.toUpperCase(),
  grey: PAGE_GREY,
  rule: PAGE_RULE,
  white: WHITE.toUpperCase(),
} as const;

export interface TextStyle {
  font: FontKey;
  size: number;
  /** Line height in points. */
  leading: number;
  color: string;
}

const style = (font: FontKey, size: number, leading: number, color: string): TextStyle => ({ font, size, leading, color });

export const TEXT = {
  body: style('regular', 9.5, 13, COLOR.text),
  lead: style('regular', 10.5, 14.5, COLOR.text),
  small: style('regular', 8, 10.8, COLOR.grey),
  h1: style('bold', 17, 21, COLOR.blue),
  h2: style('bold', 13, 17, COLOR.blue),
  h3: style('semibold', 11, 14.5, COLOR.blue),
  caption: style('bold', 9.5, 12.5, COLOR.text),
  note: style('regular', 7.5, 9.8, COLOR.grey),
  boxTitle: style('bold', 10.5, 14, COLOR.blue),
  boxKey: style('semibold', 9, 12.5, COLOR.text),
  boxValue: style('regular', 9, 12.5, COLOR.text),
  tableHead: style('bold', 8.5, 11, COLOR.blue),
  tableCell: style('regular', 8.5, 11, COLOR.text),
  disclaimer: style('regular', 8, 11, COLOR.grey),
  publisherTitle: style('bold', 9.5, 13, COLOR.blue),
  publisher: style('regular', 8.5, 11.5, COLOR.text),
  header: style('regular', 7.5, 10, COLOR.grey),
  footer: style('regular', 7.5, 10, COLOR.grey),
} as const satisfies Record<string, TextStyle>;

/** Vertical space between blocks (dropped at the top of a page). */
export const SPACE = {
  paragraph: 7,
  h1Before: 22,
  h1After: 10,
  h2Before: 13,
  h2After: 6,
  h3Before: 10,
  h3After: 3,
  figure: 11,
  box: 12,
  list: 6,
} as const;
