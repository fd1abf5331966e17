import type { FigureBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, SPACE, TEXT } from '../theme.js';

const GAP_ABOVE = 6;
const GAP_BELOW = 5;
/** Figures never take more than this share of the text block's height. */
const MAX_HEIGHT_SHARE = 0.62;

/**
 * A figure, never split: caption above (bold), the SVG scaled down to fit the text width (never up),
 * centred, then the source line with the base, and the notes, in small grey type.
 */
export function layoutFigure(b: FigureBlock, index: number, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const figure: StructNode = { role: 'Figure', id: ctx.nextId(), alt: b.alt ?? b.caption };
  const caption = lineChunks(breakLines(b.caption, TEXT.caption.font, TEXT.caption.size, BODY.width, m), TEXT.caption, BODY.x, m, [{ role: 'Caption', id: ctx.nextId() }]);
  const scale = Math.min(1, BODY.width / b.width, (BODY.height * MAX_HEIGHT_SHARE) / b.height);
  const w = b.width * scale;
  const h = b.height * scale;
  const art: Chunk = { h, items: [{ type: 'svg', x: BODY.x + (BODY.width - w) / 2, y: 0, w, h, block: index, tag: [figure] }] };
  const sourceLine = b.base ? `${b.source}  ·  ${b.base}` : b.source;
  const notes = [sourceLine, ...b.notes].filter((t) => t !== '').flatMap((t) =>
    lineChunks(breakLines(t, TEXT.note.font, TEXT.note.size, BODY.width, m), TEXT.note, BODY.x, m, [{ role: 'P', id: ctx.nextId() }]),
  );
  const chunk = stack([...caption, { h: GAP_ABOVE, items: [] }, art, { h: GAP_BELOW, items: [] }, ...notes]);
  return { chunks: [chunk], spaceBefore: SPACE.figure, keepTogether: true };
}
