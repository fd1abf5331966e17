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
  role: 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Lbl' | 'Figure' | 'Caption' | 'Table' | 'TR' | 'TH' | 'TD' | 'Div';
  id: number;
  alt?: string;
}

export interface Span {
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

export interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

/** A straight line from (x, y) to (x + w, y + h); one of w, h is 0. */
export interface RuleItem {
  type: 'rule';
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  lineWidth: number;
}

/** A figure's SVG, scaled to w × h; `block` is its index in `model.blocks`. */
export interface SvgItem {
  type: 'svg';
  x: number;
  y: number;
  w: number;
  h: number;
  block: number;
  tag?: StructNode[];
}

/**
 * A raster image scaled to w × h: the `index`-th image of block `block` (an image block has one, a
 * logos block several), or of the cover's logos when `block` is 'cover'.
 */
export interface ImageItem {
  type: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  block: number | 'cover';
  index: number;
  tag?: StructNode[];
}

export type LayoutItem = TextItem | RectItem | RuleItem | SvgItem | ImageItem;

/** A PDF outline entry (bookmark) at a heading. */
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
