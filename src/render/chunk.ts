/**
 * A chunk: the unit the page flow places. Items are positioned with absolute x and y relative to
 * the chunk's top; the flow shifts them onto a page. A block lays itself out as chunks.
 */
import type { LayoutItem, LinkItem, StructNode, TextItem } from './page-layout.js';
import type { Line } from './inline.js';
import type { TextMeasurer } from './measure.js';
import { BODY, type TextStyle } from './theme.js';

export interface Chunk {
  h: number;
  items: LayoutItem[];
  /** Do not end a page after this chunk (headings, table headers). */
  keepWithNext?: boolean;
  /** Placed first when a page break falls before this chunk (a table's header row). */
  repeat?: Chunk;
  /** Bookmarks in this chunk, `dy` below its top (a heading, a figure, a table). */
  outline?: OutlineMark[];
}

interface OutlineMark {
  title: string;
  level: 1 | 2 | 3;
  dy: number;
}

/** How far a figure may be drawn smaller than its natural size to fit a page (see blocks/figure.ts). */
export type Shrink = 'soft' | 'tight' | 'hard';

/** How a block goes onto pages. */
export interface BlockLayout {
  chunks: Chunk[];
  /** Space above the block, dropped at the top of a page. */
  spaceBefore: number;
  /** Move the whole block to the next page rather than split it (when it fits on one). */
  keepTogether: boolean;
  /** Start a new page before the block. */
  newPage?: boolean;
  /** Start a new page unless this much of the text block (points) is free below the block's top. */
  keepSpace?: number;
  /**
   * For a keep-together block that can be drawn smaller (figures): the block as one chunk no taller
   * than `height`, or null if it cannot shrink that far; `minHeight` is the least it can take.
   * `shrink`: how far it may shrink: 'soft' a little (the default), 'tight' more (when that saves a
   * page), 'hard' most (moving it would leave the page less than half full).
   */
  fit?: (height: number, shrink?: Shrink) => Chunk | null;
  minHeight?: number;
  /**
   * A half-width block (a small figure) drawn in the left column of the grid: the flow places
   * consecutive half blocks in whichever column is shorter (shifting it right for the right one).
   */
  half?: boolean;
  /**
   * A half-width block's layout at the text width: used instead when the block would stand alone
   * in its row (the last of its run of half blocks, on a row of its own), so that no chart or table
   * sits in one column beside an empty one.
   */
  wide?: BlockLayout;
  /**
   * Colophon blocks (disclaimer, publisher): when they end the document, they sit at the foot of
   * the last page rather than under the text.
   */
  foot?: boolean;
}

/** What block layouts share: the measurer and a source of structure ids. */
export interface LayoutContext {
  m: TextMeasurer;
  nextId(): number;
  /**
   * Figures drawn at this share of their natural size (default 1), never below their text floor:
   * the layout's last resort for a document over its page budget (see layoutDocument).
   */
  figureScale?: number;
}

/** One text item for a line whose box starts at (x, top). */
export function textItem(line: Line, style: TextStyle, x: number, top: number, m: TextMeasurer, tag?: StructNode[]): TextItem {
  const asc = m.ascent(style.font, style.size);
  const desc = m.descent(style.font, style.size);
  const baseline = top + (style.leading - (asc + desc)) / 2 + asc;
  const item: TextItem = {
    type: 'text',
    x,
    y: top,
    w: line.width,
    h: style.leading,
    baseline,
    size: style.size,
    color: style.color,
    spans: line.spans.map((s) => ({ text: s.text, font: s.font, x: x + s.x, w: s.w })),
  };
  if (tag) item.tag = tag;
  return item;
}

/** One chunk per line; a span with a link gets a link item over it. */
export function lineChunks(lines: Line[], style: TextStyle, x: number, m: TextMeasurer, tag?: StructNode[]): Chunk[] {
  return lines.map((line) => ({ h: style.leading, items: [textItem(line, style, x, 0, m, tag), ...linkItems(line, style, x)] }));
}

/** Link items over the linked spans of a line whose box starts at (x, 0), merged where they touch. */
function linkItems(line: Line, style: TextStyle, x: number): LayoutItem[] {
  const out: LinkItem[] = [];
  for (const s of line.spans) {
    if (!s.link) continue;
    const last = out[out.length - 1];
    if (last && last.uri === s.link && Math.abs(last.x + last.w - (x + s.x)) < 0.01) last.w += s.w;
    else out.push({ type: 'link', x: x + s.x, y: 0, w: s.w, h: style.leading, uri: s.link });
  }
  return out;
}

/** Shifts items down by dy. */
export function shift(items: LayoutItem[], dy: number): LayoutItem[] {
  return items.map((it) => {
    // the same keys in the same order as the item's (y and baseline are set where they stand)
    const out = { ...it, y: it.y + dy };
    if (out.type === 'text' && it.type === 'text') out.baseline = it.baseline + dy;
    return out;
  });
}

/** Stacks chunks into one (keeping every bookmark, the first one's repeat and the last one's keepWithNext). */
export function stack(chunks: Chunk[]): Chunk {
  let h = 0;
  const items: LayoutItem[] = [];
  const outline: OutlineMark[] = [];
  for (const c of chunks) {
    items.push(...shift(c.items, h));
    for (const o of c.outline ?? []) outline.push({ ...o, dy: o.dy + h });
    h += c.h;
  }
  const out: Chunk = { h, items };
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  if (outline.length) out.outline = outline;
  if (first?.repeat) out.repeat = first.repeat;
  if (last?.keepWithNext) out.keepWithNext = true;
  return out;
}

/** Shifts items right by dx. */
export function shiftX(items: LayoutItem[], dx: number): LayoutItem[] {
  return items.map((it) => ({ ...it, x: it.x + dx, ...(it.type === 'text' ? { spans: it.spans.map((s) => ({ ...s, x: s.x + dx })) } : {}) }));
}

/** Empty vertical space as a chunk. */
export function gap(h: number): Chunk {
  return { h, items: [] };
}

/**
 * Orphan and widow control: paragraphs of up to three lines stay whole; longer ones keep their
 * first two and last two lines together.
 */
export function guardLines(chunks: Chunk[]): Chunk[] {
  if (chunks.length <= 3) return chunks.length ? [stack(chunks)] : [];
  const n = chunks.length;
  return [stack(chunks.slice(0, 2)), ...chunks.slice(2, n - 2), stack(chunks.slice(n - 2))];
}

/** How many entries of a list or glossary a page break leaves at least on the last page. */
const MIN_TAIL_ENTRIES = 2;

/**
 * Widow control for lists and glossaries: the chunks of each entry (a gap before it included), then
 * what follows the entries (a note, a source line); the last MIN_TAIL_ENTRIES entries and what follows
 * them are stacked into one chunk, so that a page break never leaves one entry or a lone source line
 * on the last page. When that group would take more than half a page, only the last entry's final
 * lines go with what follows.
 */
export function guardEntries(entries: Chunk[][], after: Chunk[] = []): Chunk[] {
  const n = Math.max(0, entries.length - MIN_TAIL_ENTRIES);
  const tail = [...entries.slice(n).flat(), ...after];
  if (tail.reduce((s, c) => s + c.h, 0) <= BODY.height / 2) return tail.length ? [...entries.slice(0, n).flat(), stack(tail)] : entries.flat();
  const last = entries.flat();
  const keep = last.length ? [last[last.length - 1] as Chunk, ...after] : after;
  return [...last.slice(0, -1), ...(keep.length ? [stack(keep)] : [])];
}
