import type { ImageBlock, ImageData, LogosBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, SPACE, TEXT } from '../theme.js';

/** A photo is never taller than this share of the text block. */
const MAX_HEIGHT = 0.4;
const GAP_BELOW = 4;
/** Logos: one row, this high at most, with this space between them. */
export const LOGO_HEIGHT = 34;
export const LOGO_GAP = 18;

/** The size of an image scaled to fit `maxW` × `maxH`, never enlarged beyond 1 px = 0.75 pt (96 dpi). */
export function fitImage(img: ImageData, maxW: number, maxH: number): { w: number; h: number } {
  const s = Math.min(maxW / img.pixelWidth, maxH / img.pixelHeight, 0.75);
  return { w: img.pixelWidth * s, h: img.pixelHeight * s };
}

/** A photo may be drawn down to this share of its size rather than leave a gap (as figures). */
const MIN_SHRINK = 0.75;

/** A photo in the flow: centred, caption and credit below; never split, shrinks a little to fit. */
export function layoutImage(b: ImageBlock, index: number, ctx: LayoutContext): BlockLayout {
  const figure: StructNode = { role: 'Figure', id: ctx.nextId(), alt: b.image.alt };
  const natural = fitImage(b.image, BODY.width, BODY.height * MAX_HEIGHT);
  const below = [b.caption, b.credit].filter((t): t is string => Boolean(t)).join(' · ');
  const caption = below
    ? lineChunks(breakLines(below, TEXT.note.font, TEXT.note.size, BODY.width, ctx.m), TEXT.note, BODY.x, ctx.m, [{ role: 'Caption', id: ctx.nextId() }])
    : [];
  const fixed = GAP_BELOW + caption.reduce((s, c) => s + c.h, 0);
  const draw = (scale: number): Chunk => {
    const w = natural.w * scale;
    const h = natural.h * scale;
    const art: Chunk = { h, items: [{ type: 'image', x: BODY.x + (BODY.width - w) / 2, y: 0, w, h, block: index, index: 0, tag: [figure] }] };
    return stack([art, { h: GAP_BELOW, items: [] }, ...caption]);
  };
  return {
    chunks: [draw(1)],
    spaceBefore: SPACE.figure,
    keepTogether: true,
    minHeight: fixed + natural.h * MIN_SHRINK,
    fit: (height) => {
      const scale = Math.min(1, (height - fixed) / natural.h);
      return scale >= MIN_SHRINK ? draw(scale) : null;
    },
  };
}

/** The logos of a row, left to right from `x`, each LOGO_HEIGHT high at most (top-aligned at y 0). */
export function logoRow(images: ImageData[], block: number | 'cover', x: number, width: number, ctx: LayoutContext): Chunk {
  const items: Chunk['items'] = [];
  let at = x;
  images.forEach((img, i) => {
    const { w, h } = fitImage(img, width / Math.max(1, images.length) - LOGO_GAP, LOGO_HEIGHT);
    items.push({ type: 'image', x: at, y: (LOGO_HEIGHT - h) / 2, w, h, block, index: i, tag: [{ role: 'Figure', id: ctx.nextId(), alt: img.alt }] });
    at += w + LOGO_GAP;
  });
  return { h: images.length ? LOGO_HEIGHT : 0, items };
}

/** The back cover's logos: one row at the foot of the last page. */
export function layoutLogos(b: LogosBlock, index: number, ctx: LayoutContext): BlockLayout {
  return { chunks: b.images.length ? [logoRow(b.images, index, BODY.x, BODY.width, ctx)] : [], spaceBefore: SPACE.box, keepTogether: true, foot: true };
}
