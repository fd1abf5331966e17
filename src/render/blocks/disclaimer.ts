import type { DisclaimerBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { guardLines, lineChunks, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

/** The disclaimer: a blue rule, then paragraphs in small grey type. */
export function layoutDisclaimer(b: DisclaimerBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const style = TEXT.disclaimer;
  const chunks: Chunk[] = [{ h: 10, items: [{ type: 'rule', x: BODY.x, y: 0, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 0.75 }] }];
  b.paragraphs.forEach((p, i) => {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    if (i > 0) chunks.push({ h: 5, items: [] });
    chunks.push(...guardLines(lineChunks(breakLines(p, style.font, style.size, BODY.width, m), style, BODY.x, m, tag)));
  });
  return { chunks, spaceBefore: SPACE.box + 4, keepTogether: true, foot: true };
}
