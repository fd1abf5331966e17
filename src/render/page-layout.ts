/**
 * The output of layout: every page with every mark on it, in points, origin top-left, y down.
 * Plain JSON, deterministic (numbers rounded to 0.01 pt), golden-tested; `renderPdf` draws it
 * without measuring or deciding anything.
 */
import type { FontKey } from './fonts.js';

/**
 * Structure (tagged PDF): the path from the document root to the element an item belongs to.
 * Items with the same `id` at a level belong to the same structure element; `alt` and `bbox`
 * (page coordinates, top-left origin) are set on figures.
 */
export interface StructNode {
  role: 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Lbl' | 'Figure' | 'Caption' | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Div' | 'TOC' | 'TOCI' | 'Link';
  id: number;
  alt?: string;
  /** A TH's scope; default Column. */
  scope?: 'Row' | 'Column';
}

interface Span {
  text: string;
  font: FontKey;
  /** Left edge of the span on the page. */
  x: number;
  w: number;
}

/** One line of text (possibly several fonts). `y`/`h` is the line box; text sits on `baseline`. */
export interface TextItem {
  type: 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  baseline: number;
  size: number;
  color: string;
  spans: Span[];
  /** Absent: an artifact (running header/footer, decoration). */
  tag?: StructNode[];
}

interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

/** A straight line from (x, y) to (x + w, y + h); one of w, h is 0. */
interface RuleItem {
  type: 'rule';
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  lineWidth: number;
}

/** A figure's SVG, scaled to w × h; `block` is its index in `model.blocks`. */
interface SvgItem {
  type: 'svg';
  x: number;
  y: number;
  w: number;
  h: number;
  block: number;
  tag?: StructNode[];
}

/**
 * A raster image scaled to w × h: the image block `block` of `model.blocks`, or with `logo` the
 * logo of that index on the cover (`block` -1) or in the publisher block `block`.
 */
interface ImageItem {
  type: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  block: number;
  logo?: number;
  tag?: StructNode[];
}

/**
 * A link over the box (x, y, w, h): to a named destination (`dest`: the table of contents' lines)
 * or to an address (`uri`: a link in the analyst's text).
 */
export interface LinkItem {
  type: 'link';
  x: number;
  y: number;
  w: number;
  h: number;
  dest?: string;
  uri?: string;
}

/** A named destination at (x, y): where a heading listed in the table of contents starts. */
interface DestItem {
  type: 'dest';
  x: number;
  y: number;
  name: string;
}

export type LayoutItem = TextItem | RectItem | RuleItem | SvgItem | ImageItem | LinkItem | DestItem;

/** A PDF outline entry (bookmark) at a heading, a figure or a table. */
export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  page: number;
  y: number;
}

export interface LaidOutPage {
  /** 1-based; the cover is page 1. */
  number: number;
  kind: 'cover' | 'body';
  items: LayoutItem[];
}

export interface PageLayout {
  size: { width: number; height: number };
  pages: LaidOutPage[];
  outline: OutlineEntry[];
}
