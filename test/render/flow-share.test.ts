import { describe, expect, it } from 'vitest';
import { flow } from '../../src/render/flow.js';
import type { BlockLayout, Chunk } from '../../src/render/chunk.js';
import { BODY, COLOR } from '../../src/render/theme.js';

/** A chunk of height h marked by a rule at its top and its bottom (to read back where it went). */
const box = (h: number, id: number): Chunk => ({
  h,
  items: [
    { type: 'rule', x: BODY.x, y: 0, w: id, h: 0, color: COLOR.blue, lineWidth: 1 },
    { type: 'rule', x: BODY.x, y: h, w: id, h: 0, color: COLOR.blue, lineWidth: 1 },
  ],
});
/** A figure-like block: natural height h, may be drawn down to 0.8 of it ('soft') or 0.7 ('tight'). */
const figure = (h: number, id: number): BlockLayout => ({
  chunks: [box(h, id)],
  spaceBefore: 10,
  keepTogether: true,
  minHeight: 0.8 * h,
  fit: (height, shrink) => (height >= (shrink === 'soft' ? 0.8 : 0.7) * h ? box(Math.min(h, height), id) : null),
});
const text = (h: number): BlockLayout => ({ chunks: [box(h, 1)], spaceBefore: 0, keepTogether: false });

/** Top and bottom of the block marked `id` on each page. */
function spans(pages: ReturnType<typeof flow>['pages'], id: number): Array<{ page: number; top: number; bottom: number }> {
  return pages.flatMap((items, page) => {
    const ys = items.filter((it) => it.type === 'rule' && it.w === id).map((it) => it.y);
    return ys.length ? [{ page, top: Math.min(...ys), bottom: Math.max(...ys) }] : [];
  });
}

describe('flow: a figure taking room from the figure above it', () => {
  // text, then a 300 pt figure, leaving 130 pt: a 200 pt figure needs 10 + 140 at 0.7
  const blocks = () => [text(BODY.height - 310 - 130), figure(300, 2), figure(200, 3)];

  it('moves the second figure to a new page in a normal flow', () => {
    const r = flow(blocks());
    expect(r.pages).toHaveLength(2);
    expect(spans(r.pages, 2)[0]?.bottom).toBeCloseTo(BODY.y + BODY.height - 130, 6);
  });

  it('in a tight flow draws the one above as little smaller as needed and keeps both on the page', () => {
    const r = flow(blocks(), { tight: true });
    expect(r.pages).toHaveLength(1);
    const [a] = spans(r.pages, 2);
    const [b] = spans(r.pages, 3);
    if (!a || !b) throw new Error('figures missing');
    // the one above: shrunk by the ~20 pt the second lacks at 0.7, not more, never below 0.7
    expect(a.bottom - a.top).toBeGreaterThanOrEqual(0.7 * 300);
    expect(a.bottom - a.top).toBeGreaterThan(300 - 25);
    expect(a.bottom - a.top).toBeLessThan(300);
    // the second below it (with its space), within the page, at 0.7 or more
    expect(b.top).toBeCloseTo(a.bottom + 10, 6);
    expect(b.bottom).toBeLessThanOrEqual(BODY.y + BODY.height + 1e-6);
    expect(b.bottom - b.top).toBeGreaterThanOrEqual(0.7 * 200 - 1e-6);
    // the shrunk figure is drawn once
    expect(r.pages[0]?.filter((it) => it.type === 'rule' && it.w === 2)).toHaveLength(2);
  });

  it('does not take room from a figure with something else placed after it', () => {
    const r = flow([text(BODY.height - 310 - 150), figure(300, 2), text(20), figure(200, 3)], { tight: true });
    expect(r.pages).toHaveLength(2);
    expect(spans(r.pages, 2)[0]!.bottom - spans(r.pages, 2)[0]!.top).toBeCloseTo(300, 6);
  });
});
