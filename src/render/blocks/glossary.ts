import type { GlossaryBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { guardEntries, guardLines, lineChunks, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import { BODY, SPACE, TEXT } from '../theme.js';

/**
 * Glossary entries ("**Term:** definition") set at 8 pt like back matter, then an italic note and a
 * small source line; never one entry or the source line alone after a page break (guardEntries).
 */
export function layoutGlossary(b: GlossaryBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const style = { ...TEXT.body, size: 8, leading: 10.4 };
  const entries: Chunk[][] = [];
  const after: Chunk[] = [];
  b.entries.forEach((e, i) => {
    const term = e.term.replace(/:\s*$/, '');
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    const lines = breakLines([{ text: `${term}: `, bold: true }, { text: e.definition }], 'regular', style.size, BODY.width, m);
    const entry = guardLines(lineChunks(lines, style, BODY.x, m, tag));
    entries.push(i > 0 ? [{ h: SPACE.paragraph - 3, items: [] }, ...entry] : entry);
  });
  if (b.note) {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    const s = { ...TEXT.small, font: 'italic' as const };
    after.push({ h: SPACE.paragraph + 2, items: [] }, ...guardLines(lineChunks(breakLines(b.note, 'italic', s.size, BODY.width, m), s, BODY.x, m, tag)));
  }
  if (b.source) {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    after.push({ h: 4, items: [] }, ...guardLines(lineChunks(breakLines(b.source, TEXT.small.font, TEXT.small.size, BODY.width, m), TEXT.small, BODY.x, m, tag)));
  }
  // a page break leaves at least two entries (with the note and source) on the last page
  return { chunks: guardEntries(entries, after), spaceBefore: SPACE.paragraph, keepTogether: false };
}
