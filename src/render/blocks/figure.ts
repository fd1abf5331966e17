import type { FigureBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, SPACE, TEXT } from '../theme.js';

const GAP_ABOVE = 6;
const GAP_BELOW = 5;
/** Space between two half-width figures in a row. */
const GUTTER = 20;
/** Figures never take more than this share of the text block's height. */
const MAX_HEIGHT_SHARE = 0.62;

/**
 * A figure in a column at x of the given width: caption above (bold), the SVG scaled down to fit
 * (never up) and centred, then the source line with the base, and the notes, in small grey type.
 */
function figureChunk(b: FigureBlock, index: number, x: number, width: number, ctx: LayoutContext): Chunk {
  const { m } = ctx;
  const figure: StructNode = { role: 'Figure', id: ctx.nextId(), alt: b.alt ?? b.caption };
  const caption = lineChunks(breakLines(b.caption, TEXT.caption.font, TEXT.caption.size, width, m), TEXT.caption, x, m, [{ role: 'Caption', id: ctx.nextId() }]);
  const scale = Math.min(1, width / b.width, (BODY.height * MAX_HEIGHT_SHARE) / b.height);
  const w = b.width * scale;
  const h = b.height * scale;
  const art: Chunk = { h, items: [{ type: 'svg', x: x + (width - w) / 2, y: 0, w, h, block: index, tag: [figure] }] };
  const sourceLine = b.base ? `${b.source}  ·  ${b.base}` : b.source;
  const notes = [sourceLine, ...b.notes].filter((t) => t !== '').flatMap((t) =>
    lineChunks(breakLines(t, TEXT.note.font, TEXT.note.size, width, m), TEXT.note, x, m, [{ role: 'P', id: ctx.nextId() }]),
  );
  return stack([...caption, { h: GAP_ABOVE, items: [] }, art, { h: GAP_BELOW, items: [] }, ...notes]);
}

/** A full-width figure, never split. */
export function layoutFigure(b: FigureBlock, index: number, ctx: LayoutContext): BlockLayout {
  return { chunks: [figureChunk(b, index, BODY.x, BODY.width, ctx)], spaceBefore: SPACE.figure, keepTogether: true };
}

/** Two half-width figures side by side, their captions aligned at the top; never split. */
export function layoutFigurePair(a: FigureBlock, ia: number, b: FigureBlock, ib: number, ctx: LayoutContext): BlockLayout {
  const width = (BODY.width - GUTTER) / 2;
  const left = figureChunk(a, ia, BODY.x, width, ctx);
  const right = figureChunk(b, ib, BODY.x + width + GUTTER, width, ctx);
  return { chunks: [{ h: Math.max(left.h, right.h), items: [...left.items, ...right.items] }], spaceBefore: SPACE.figure, keepTogether: true };
}
