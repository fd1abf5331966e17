import type { HeadingBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { gap, lineChunks, stack, type BlockLayout, type LayoutContext } from '../chunk.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

const STYLE = { 1: TEXT.h1, 2: TEXT.h2, 3: TEXT.h3 } as const;
const BEFORE = { 1: SPACE.h1Before, 2: SPACE.h2Before, 3: SPACE.h3Before } as const;
const AFTER = { 1: SPACE.h1After, 2: SPACE.h2After, 3: SPACE.h3After } as const;

/** The named destination of a heading listed in the table of contents (by its block index). */
export const destOf = (index: number): string => `sec-${index}`;

/**
 * A heading, kept with what follows; level 1 is underlined with an IOM blue rule. A heading listed
 * in the table of contents carries a named destination for the contents' link.
 */
export function layoutHeading(b: HeadingBlock, index: number, ctx: LayoutContext): BlockLayout {
  const style = STYLE[b.level];
  const tag = [{ role: `H${b.level}` as const, id: ctx.nextId() }];
  const lines = breakLines(b.text, style.font, style.size, BODY.width, ctx.m);
  const parts = lineChunks(lines, style, BODY.x, ctx.m, tag);
  if (b.level === 1) {
    parts.push({ h: 5, items: [] }, { h: 1.2, items: [{ type: 'rule', x: BODY.x, y: 0.6, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 1.2 }] });
  }
  parts.push(gap(AFTER[b.level]));
  const chunk = stack(parts);
  if (b.toc ?? b.level === 1) chunk.items.unshift({ type: 'dest', x: BODY.x, y: 0, name: destOf(index) });
  chunk.keepWithNext = true;
  if (b.bookmark ?? b.level <= 2) chunk.outline = [{ title: b.text, level: b.level, dy: 0 }];
  const out: BlockLayout = { chunks: [chunk], spaceBefore: BEFORE[b.level], keepTogether: true };
  if (b.newPage) out.newPage = true;
  else if (b.keepSpace !== undefined) out.keepSpace = Math.max(0, Math.min(1, b.keepSpace)) * BODY.height;
  return out;
}
