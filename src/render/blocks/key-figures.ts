import type { KeyFiguresBlock } from '../model.js';
import { balanceLines, breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type LayoutContext } from '../chunk.js';
import type { LayoutItem, StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

const PAD_X = 10;
const PAD_TOP = 9;
const PAD_BOTTOM = 8;
const VALUE = { ...TEXT.h1, size: 21, leading: 25 };
const MIN_VALUE_SIZE = 10;
const LABEL = { ...TEXT.small, color: COLOR.text, size: 8, leading: 10.2 };

/**
 * The key-figures strip: a tinted band under a blue rule, one cell per figure (a large blue number
 * over its short label), cells split by white rules. Never split. Tagged as a list: each item's
 * number and label read together ("295 people assisted").
 */
export function layoutKeyFigures(b: KeyFiguresBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  if (b.items.length === 0) return { chunks: [], spaceBefore: 0, keepTogether: false };
  const n = b.items.length;
  const cellW = BODY.width / n;
  const list: StructNode = { role: 'L', id: ctx.nextId() };
  const w = cellW - 2 * PAD_X;
  // A number never breaks («282 долл. США» is one value, held by no-break spaces): when one does
  // not fit its cell, every number of the strip is set smaller, alike, down to MIN_VALUE_SIZE.
  const widest = Math.max(...b.items.map((item) => m.width(item.value, VALUE.font, VALUE.size)));
  const size = Math.max(MIN_VALUE_SIZE, Math.min(VALUE.size, Math.floor((VALUE.size * w) / widest)));
  const valueStyle = { ...VALUE, size };
  const cells = b.items.map((item, i) => {
    const x = BODY.x + i * cellW + PAD_X;
    const tag = [list, { role: 'LI' as const, id: ctx.nextId() }, { role: 'LBody' as const, id: ctx.nextId() }];
    const value = lineChunks(breakLines(item.value, valueStyle.font, valueStyle.size, w, m), valueStyle, x, m, tag);
    // a label's lines are balanced: never one word alone on its last line under full ones
    const label = lineChunks(balanceLines(item.label, LABEL.font, LABEL.size, w, m), LABEL, x, m, tag);
    return stack([...value, { h: 1, items: [] }, ...label]);
  });
  const h = PAD_TOP + Math.max(...cells.map((c) => c.h)) + PAD_BOTTOM;
  const items: LayoutItem[] = [
    { type: 'rect', x: BODY.x, y: 0, w: BODY.width, h, fill: COLOR.tint },
    { type: 'rule', x: BODY.x, y: 0, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 2 },
  ];
  for (let i = 1; i < n; i++) items.push({ type: 'rule', x: BODY.x + i * cellW, y: 8, w: 0, h: h - 16, color: COLOR.white, lineWidth: 1.5 });
  for (const c of cells) items.push(...stack([{ h: PAD_TOP, items: [] }, c]).items);
  return { chunks: [{ h, items, keepWithNext: true }], spaceBefore: SPACE.paragraph + 2, keepTogether: true };
}
