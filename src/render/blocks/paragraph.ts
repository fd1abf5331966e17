import type { ParagraphBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { guardLines, lineChunks, type BlockLayout, type LayoutContext } from '../chunk.js';
import { BODY, SPACE, TEXT } from '../theme.js';

/** A paragraph of body, lead or small text, split between lines with orphan/widow control. */
export function layoutParagraph(b: ParagraphBlock, ctx: LayoutContext): BlockLayout {
  const style = TEXT[b.style ?? 'body'];
  const tag = [{ role: 'P' as const, id: ctx.nextId() }];
  const lines = breakLines(b.text, style.font, style.size, BODY.width, ctx.m);
  return { chunks: guardLines(lineChunks(lines, style, BODY.x, ctx.m, tag)), spaceBefore: SPACE.paragraph, keepTogether: false };
}
