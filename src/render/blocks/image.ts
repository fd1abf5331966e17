import type { ImageBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, SPACE, TEXT } from '../theme.js';

/** A photo takes at most this share of the text block's height. */
const MAX_HEIGHT = 0.42;
const MIN_SHRINK = 0.75;
/** A photo is never enlarged beyond 1 px = 0.75 pt (96 dpi): a small file stays small and sharp. */
const PT_PER_PX = 0.75;

/**
 * A photo at the text width (or less, to stay under MAX_HEIGHT of the page and 96 dpi), centred,
 * then its caption in italic and its credit in small grey type. Never split; shrinks a little rather than leave a gap.
 * Tagged as a Figure (alternative text: `alt`, else the caption) with its Caption; in the outline
 * (bookmarks) under its caption, like a chart.
 */
export function layoutImage(b: ImageBlock, index: number, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const figure: StructNode = { role: 'Figure', id: ctx.nextId(), alt: b.alt ?? b.caption ?? '' };
  const captionStyle = { ...TEXT.small, font: 'italic' as const, color: TEXT.body.color };
  const caption = b.caption ? lineChunks(breakLines(b.caption, 'italic', captionStyle.size, BODY.width, m), captionStyle, BODY.x, m, [{ role: 'Caption', id: ctx.nextId() }]) : [];
  const credit = b.credit ? lineChunks(breakLines(b.credit, TEXT.note.font, TEXT.note.size, BODY.width, m), TEXT.note, BODY.x, m, [{ role: 'P', id: ctx.nextId() }]) : [];
  const fixed = [...caption, ...credit].reduce((s, c) => s + c.h, 0) + 5;
  const ratio = b.height > 0 && b.width > 0 ? b.height / b.width : 0.66;
  const natural = Math.min(BODY.width, (BODY.height * MAX_HEIGHT) / ratio, b.width > 0 ? b.width * PT_PER_PX : BODY.width);
  const draw = (w: number): Chunk => {
    const h = w * ratio;
    const art: Chunk = { h, items: [{ type: 'image', x: BODY.x + (BODY.width - w) / 2, y: 0, w, h, block: index, tag: [figure] }] };
    const out = stack([art, { h: 5, items: [] }, ...caption, ...credit]);
    // In the outline with the figures, under its caption (or its alternative text).
    const title = b.caption ?? b.alt ?? '';
    if (title !== '') out.outline = [{ title, level: 3, dy: 0 }];
    return out;
  };
  return {
    chunks: [draw(natural)],
    spaceBefore: SPACE.figure,
    keepTogether: true,
    minHeight: fixed + natural * ratio * MIN_SHRINK,
    fit: (height) => {
      const w = Math.min(natural, (height - fixed) / ratio);
      return w >= natural * MIN_SHRINK ? draw(w) : null;
    },
  };
}
