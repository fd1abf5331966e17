import type { DisclaimerBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, shiftX, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import { BODY, COLOR, GRID, SPACE, TEXT } from '../theme.js';

/**
 * The disclaimer: a blue rule, then its paragraphs in small grey type, set in the two columns of
 * the grid (the left one filled first, balanced at a line) so that the back matter takes less of
 * the last page.
 */
export function layoutDisclaimer(b: DisclaimerBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const style = TEXT.disclaimer;
  const lines: Chunk[] = [];
  b.paragraphs.forEach((p, i) => {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    if (i > 0) lines.push({ h: 5, items: [] });
    lines.push(...lineChunks(breakLines(p, style.font, style.size, GRID.column, m), style, BODY.x, m, tag));
  });
  const total = lines.reduce((s, c) => s + c.h, 0);
  // the first line whose top is at or past half the height starts the right column
  let split = lines.length;
  for (let i = 0, y = 0; i < lines.length; y += (lines[i] as Chunk).h, i++) {
    if (y >= total / 2 - 1e-6 && (lines[i] as Chunk).items.length > 0) {
      split = i;
      break;
    }
  }
  const left = stack(lines.slice(0, split));
  const right = stack(lines.slice(split));
  const columns: Chunk = { h: Math.max(left.h, right.h), items: [...left.items, ...shiftX(right.items, GRID.column + GRID.gutter)] };
  const rule: Chunk = { h: 10, items: [{ type: 'rule', x: BODY.x, y: 0, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 0.75 }] };
  return { chunks: [stack([rule, columns])], spaceBefore: SPACE.box + 4, keepTogether: true, foot: true };
}
