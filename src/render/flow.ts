/**
 * The page flow: places the chunks of every block top to bottom on body pages.
 *
 * - A block asking for a new page gets one (unless the page is still empty); a block with
 *   `keepSpace` gets one when less than that is free on the page.
 * - Space before a block is dropped at the top of a page.
 * - A keep-together block that does not fit the rest of the page but fits a page moves whole,
 *   unless it can be drawn a little smaller to fit (figures: `fit`; a little more smaller when
 *   moving it would leave the page less than half full, or in a `tight` flow, which layoutDocument
 *   keeps only when it saves a page). In a `tight` flow a figure that fits in no allowed size may
 *   also stay when the figure just above it at the text width, drawn as little smaller as needed
 *   (within the same allowance), leaves room for it.
 * - A chunk marked keepWithNext (headings, table heads) moves to the next page unless the
 *   first unbreakable part of what follows fits after it.
 * - After a break inside a table, its caption ("continued") and header row are repeated (as
 *   artifacts: the content was already tagged once).
 * - Half-width blocks (small figures) that follow one another fill the two columns of the grid:
 *   each goes into the column that is shorter, or into the other one if it only fits there, else
 *   onto a new page; never starting above the one before it (nor level with it in the column to
 *   its left), so that reading order, and so the numbering, is kept; a table that fits in neither
 *   column is set at the text width instead, breaking there, when that fills the page; the text below starts under the longer column. The last of a run that would
 *   stand alone in its row (the grid balanced, or no slot left for it on the page, in reading
 *   order) spans the text instead. A half block that would open a row its successor cannot share on
 *   this page (no slot beside or below it) goes to the next page with it, so that a pair is never
 *   split across a page with an empty column beside the first.
 * - Colophon blocks (`foot`) that end the document go onto one page together (the publisher block
 *   never alone) and are moved down to the foot of the last page.
 */
import type { Chunk, BlockLayout } from './chunk.js';
import { shift, shiftX } from './chunk.js';
import type { LayoutItem, OutlineEntry } from './page-layout.js';
import { BODY, GRID, TEXT } from './theme.js';

export interface FlowResult {
  /** Items of each body page, in order. */
  pages: LayoutItem[][];
  /** Outline entries with page indexes relative to the first body page (0-based). */
  outline: Array<Omit<OutlineEntry, 'page'> & { pageIndex: number }>;
}

const BOTTOM = BODY.y + BODY.height;
/**
 * How far below the top of the last half-width block one set to its left must start, so that it is
 * read after it: two caption lines (the publication check takes tops closer than this for one row,
 * read left to right).
 */
export const ROW_STEP = 2 * TEXT.caption.leading;

/** Height of the first part of blocks[from…] that cannot be separated from what precedes it. */
function leadHeight(blocks: BlockLayout[], bi: number, ci: number): number {
  const b = blocks[bi];
  if (!b) return 0;
  if (ci === 0 && b.keepTogether) {
    const total = b.minHeight ?? b.chunks.reduce((s, c) => s + c.h, 0);
    if (total <= BODY.height) return b.spaceBefore + total + (b.chunks[b.chunks.length - 1]?.keepWithNext ? leadHeight(blocks, bi + 1, 0) : 0);
  }
  const c = b.chunks[ci];
  if (!c) return leadHeight(blocks, bi + 1, 0);
  const own = (ci === 0 ? b.spaceBefore : 0) + c.h;
  return c.keepWithNext ? own + (ci + 1 < b.chunks.length ? leadHeight(blocks, bi, ci + 1) : leadHeight(blocks, bi + 1, 0)) : own;
}

/** How the flow may draw figures smaller (see `layoutDocument`). */
export interface FlowOptions {
  /**
   * A figure that does not fit the rest of a page (in the grid or at the text width) may be drawn
   * smaller than usual (`fit` with 'tight'): used when that saves a page.
   */
  tight?: boolean;
}

export function flow(blocks: BlockLayout[], opts: FlowOptions = {}): FlowResult {
  const tight = opts.tight === true;
  const pages: LayoutItem[][] = [[]];
  const outline: FlowResult['outline'] = [];
  let y: number = BODY.y;
  let empty = true;
  /** The bottoms of the two grid columns while half-width blocks are being placed. */
  let cols: [number, number] | null = null;
  /** The top and column of the last half-width block placed on this page: the next one is read after it. */
  let last: { top: number; col: 0 | 1 } | null = null;
  const newPage = () => {
    pages.push([]);
    y = BODY.y;
    empty = true;
    if (cols) cols = [BODY.y, BODY.y];
    last = null;
  };
  const place = (c: Chunk, dx = 0) => {
    const page = pages[pages.length - 1] as LayoutItem[];
    page.push(...shift(dx ? shiftX(c.items, dx) : c.items, y));
    for (const o of c.outline ?? []) outline.push({ title: o.title, level: o.level, pageIndex: pages.length - 1, y: y + o.dy });
    y += c.h;
    if (c.items.length) empty = false;
  };
  const artifact = (c: Chunk): Chunk => ({
    h: c.h,
    items: c.items.flatMap((it): LayoutItem[] => {
      if (it.type === 'dest' || it.type === 'link') return [];
      if (it.type === 'text' || it.type === 'svg' || it.type === 'image') {
        const { tag: _t, ...rest } = it;
        return [rest];
      }
      return [it];
    }),
  });

  /** Where a half-width block goes in the grid on this page (column, top, chunk as drawn), or null if it fits in neither column. */
  const slot = (b: BlockLayout): { i: 0 | 1; top: number; chunk: Chunk } | null => {
    const chunk = b.chunks[0] as Chunk;
    // the space above the grid is added once, below (`gap`), as between two blocks of a column
    const c = cols ?? [y, y];
    const gap = (at: number) => (at > BODY.y + 1e-6 ? b.spaceBefore : 0);
    // Reading order (and so the numbers of figures and tables) runs by the tops of the blocks, left
    // to right along a row: a block never starts above the last one, nor beside it to its left.
    const topOf = (i: 0 | 1) => {
      const top = c[i] + gap(c[i]);
      return last === null ? top : Math.max(top, last.top + (i < last.col ? ROW_STEP : 0));
    };
    const order: Array<0 | 1> = topOf(0) <= topOf(1) ? [0, 1] : [1, 0];
    for (const i of order) {
      const top = topOf(i);
      if (top + chunk.h <= BOTTOM + 1e-6) return { i, top, chunk };
    }
    for (const i of order) {
      const top = topOf(i);
      const fitted = b.fit?.(BOTTOM - top, tight ? 'tight' : 'soft');
      if (fitted) return { i, top, chunk: fitted };
    }
    return null;
  };
  /** Places a half-width block in the grid: where `slot` says, else at the top of a new page. */
  const placeHalf = (b: BlockLayout) => {
    if (b.chunks.length !== 1) return;
    const at = slot(b);
    if (!cols) cols = [y, y];
    if (at) return put(at.i, at.top, at.chunk);
    newPage();
    put(0, BODY.y, b.chunks[0] as Chunk);
  };
  /**
   * Whether a half-width table that fits in neither column of this page is better set at the text
   * width, where it can break (at least its head and first rows on this page), than moved whole to
   * the next page, leaving the rest of this one empty.
   */
  const breakWide = (b: BlockLayout): boolean => {
    const wide = b.wide;
    if (!wide || wide.chunks.length < 2 || empty || slot(b) !== null) return false;
    const top = cols ? Math.max(cols[0], cols[1]) : y;
    return top + wide.spaceBefore + (wide.chunks[0] as Chunk).h <= BOTTOM + 1e-6 && BOTTOM - top > BODY.height / 4;
  };
  const put = (i: 0 | 1, top: number, chunk: Chunk) => {
    last = { top, col: i };
    y = top;
    place(chunk, i === 1 ? GRID.column + GRID.gutter : 0);
    (cols as [number, number])[i] = y;
  };
  const leaveGrid = () => {
    if (!cols) return;
    y = Math.max(cols[0], cols[1]);
    cols = null;
    last = null;
  };

  // Where the trailing run of colophon blocks starts: page and first item.
  let foot: { page: number; item: number } | null = null;

  /** Whether the half block would stand alone in its row: the last of its run, on a balanced grid or with no slot left on the page. */
  const alone = (b: BlockLayout, bi: number): boolean => {
    if (blocks[bi + 1]?.half || !b.wide) return false;
    if (!cols || Math.abs(cols[0] - cols[1]) < 1e-6) return true;
    // no room beside the last one: in neither column, as drawn or as small as it may be drawn, in reading order
    return slot(b) === null;
  };

  /**
   * Whether the half block would open a row on this page (nothing beside it in the other column)
   * that the next half block cannot share: the next one would find no slot beside or below it on
   * this page, so this one would stand alone at the foot of a column with the other one empty, and
   * its partner would open the next page. Then both go to the next page, side by side.
   */
  const strands = (b: BlockLayout, bi: number): boolean => {
    const next = blocks[bi + 1];
    if (empty || !next?.half || next.chunks.length !== 1) return false;
    const at = slot(b);
    if (!at) return false;
    const c: [number, number] = cols ? [cols[0], cols[1]] : [y, y];
    if (c[at.i === 0 ? 1 : 0] > at.top + 1e-6) return false;
    const saved = { cols, last };
    c[at.i] = at.top + at.chunk.h;
    cols = c;
    last = { top: at.top, col: at.i };
    const room = slot(next) !== null;
    cols = saved.cols;
    last = saved.last;
    return !room;
  };

  /** The keep-together figure placed last at the text width on this page, where it starts: it may give up some height to the next one (`share`). */
  let prev: { b: BlockLayout; page: number; item: number; outline: number; y: number; h: number } | null = null;
  /**
   * In a tight flow, a figure that fits the rest of the page in no allowed size may still stay there
   * when the figure above it, drawn smaller (no more than the tight allowance either), leaves room for
   * it: the one above is redrawn as little smaller as that needs. Returns the figure as drawn, or null.
   */
  const share = (b: BlockLayout, p: typeof prev): Chunk | null => {
    if (!p || !p.b.fit || !b.fit || p.page !== pages.length - 1) return null;
    for (let d = 1; d < p.h / 2; d += 1) {
      const before = p.b.fit(p.h - d, 'tight');
      if (!before) return null;
      const top = p.y + before.h;
      const cur = b.fit(BOTTOM - top - b.spaceBefore, 'tight');
      if (!cur) continue;
      const items = pages[p.page] as LayoutItem[];
      items.splice(p.item);
      outline.splice(p.outline);
      y = p.y;
      place(before);
      return cur;
    }
    return null;
  };

  blocks.forEach((block, bi) => {
    const above = prev;
    prev = null;
    let b = block;
    if (b.half) {
      foot = null;
      if (!alone(b, bi) && !breakWide(b)) {
        if (strands(b, bi)) newPage();
        placeHalf(b);
        return;
      }
      b = b.wide as BlockLayout;
    }
    leaveGrid();
    if (b.newPage && !empty) newPage();
    else if (b.keepSpace !== undefined && !empty && y + b.spaceBefore + b.keepSpace > BOTTOM) newPage();
    if (b.chunks.length === 0) {
      if (!empty) y += b.spaceBefore;
      return;
    }
    let chunks = b.chunks;
    const total = chunks.reduce((s, c) => s + c.h, 0);
    if (!empty && b.keepTogether && total <= BODY.height && y + b.spaceBefore + total > BOTTOM) {
      const fitted = b.fit?.(BOTTOM - y - b.spaceBefore, y - BODY.y < BODY.height / 2 ? 'hard' : tight ? 'tight' : 'soft');
      const shared = fitted ? null : tight ? share(b, above) : null;
      if (fitted) chunks = [fitted];
      else if (shared) chunks = [shared];
      else newPage();
    }
    if (!empty) y += b.spaceBefore;
    const start = { page: pages.length - 1, item: (pages[pages.length - 1] as LayoutItem[]).length, outline: outline.length, y };
    if (!b.foot) foot = null;
    chunks.forEach((c, ci) => {
      let need = c.h;
      // the colophon blocks ending the document go onto a page together (never the publisher block alone)
      const colophon = b.foot === true && ci === chunks.length - 1 && blocks[bi + 1]?.foot === true;
      if (c.keepWithNext || colophon) need += ci + 1 < chunks.length ? leadHeight(blocks, bi, ci + 1) : leadHeight(blocks, bi + 1, 0);
      if (!empty && y + Math.min(need, BODY.height) > BOTTOM + 1e-6) {
        newPage();
        if (c.repeat && ci > 0) place(artifact(c.repeat));
      }
      if (b.foot && ci === 0 && (foot === null || foot.page !== pages.length - 1)) foot = { page: pages.length - 1, item: (pages[pages.length - 1] as LayoutItem[]).length };
      place(c);
    });
    if (b.foot && foot && foot.page !== pages.length - 1) foot = null;
    prev = b.keepTogether && b.fit && chunks.length === 1 && start.page === pages.length - 1 ? { b, ...start, h: y - start.y } : null;
  });
  leaveGrid();
  if (foot) {
    const { page, item } = foot;
    const items = pages[page] as LayoutItem[];
    items.splice(item, items.length - item, ...shift(items.slice(item), BOTTOM - y));
  }
  if (pages.length > 1 && (pages[pages.length - 1] as LayoutItem[]).length === 0) pages.pop();
  return { pages, outline };
}
