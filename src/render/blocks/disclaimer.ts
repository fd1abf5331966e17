import type { DisclaimerBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, shiftX, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

/** Columns of the disclaimer, and the space between them; a disclaimer of this many lines or fewer at the text width takes one. */
const COLUMNS = 3;
const SHORT = 4;
const GUTTER = 14;

/**
 * The disclaimer: a blue rule, then its paragraphs in small grey type, set in three columns (filled
 * left to right, balanced at a line; a short one across the text width) so that the back matter shares the last page with the
 * glossary and the publisher block.
 */
export function layoutDisclaimer(b: DisclaimerBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const style = TEXT.disclaimer;
  const full = b.paragraphs.reduce((n, p) => n + breakLines(p, style.font, style.size, BODY.width, m).length, 0);
  const count = full <= SHORT ? 1 : COLUMNS;
  const width = (BODY.width - GUTTER * (count - 1)) / count;
  const lines: Chunk[] = [];
  b.paragraphs.forEach((p, i) => {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    if (i > 0) lines.push({ h: 5, items: [] });
    lines.push(...lineChunks(breakLines(p, style.font, style.size, width, m), style, BODY.x, m, tag));
  });
  const columns = balance(lines, count);
  const body: Chunk = {
    h: Math.max(...columns.map((c) => c.h)),
    items: columns.flatMap((c, i) => shiftX(c.items, i * (width + GUTTER))),
  };
  const rule: Chunk = { h: 10, items: [{ type: 'rule', x: BODY.x, y: 0, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 0.75 }] };
  return { chunks: [stack([rule, body])], spaceBefore: SPACE.box, keepTogether: true, foot: true };
}

/** Splits lines into `n` columns of about equal height; a column never starts with a paragraph's gap. */
function balance(lines: readonly Chunk[], n: number): Chunk[] {
  const total = lines.reduce((s, c) => s + c.h, 0);
  const out: Chunk[] = [];
  let from = 0;
  let y = 0;
  for (let col = 1; col < n; col++) {
    let i = from;
    // the column ends at the first line that would pass its share of the height
    while (i < lines.length && y + (lines[i] as Chunk).h <= (total * col) / n + 1e-6) y += (lines[i++] as Chunk).h;
    out.push(stack(lines.slice(from, i)));
    while (i < lines.length && (lines[i] as Chunk).items.length === 0) y += (lines[i++] as Chunk).h;
    from = i;
  }
  out.push(stack(lines.slice(from)));
  return out;
}
