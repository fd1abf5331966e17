import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type LabelRequest } from '../../src/geo/map-labels.js';

const frame = { width: 400, height: 300, lineHeight: 10, gap: 2 };

function box(p: { cx: number; cy: number; lines: string[] }, width: number) {
  return { x0: p.cx - width / 2, x1: p.cx + width / 2, y0: p.cy - (p.lines.length * 10) / 2, y1: p.cy + (p.lines.length * 10) / 2 };
}

describe('placeLabels', () => {
  it('puts a lone label right of its symbol, without a leader', () => {
    const [p] = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, lines: ['Naryn'], width: 30, required: true }], frame);
    expect(p).toEqual({ id: 'a', cx: 100 + 5 + 2 + 15, cy: 100, lines: ['Naryn'], leader: undefined });
  });

  it('moves a label away from the frame edge', () => {
    const [p] = placeLabels([{ id: 'a', x: 395, y: 100, r: 5, lines: ['Issyk-Kul'], width: 40, required: true }], frame);
    expect(p && p.cx + 20).toBeLessThanOrEqual(400);
  });

  it('places every required label and never lets optional labels overlap anything', () => {
    const req = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      r: fc.integer({ min: 0, max: 15 }),
      width: fc.integer({ min: 10, max: 80 }),
      lines: fc.integer({ min: 1, max: 2 }),
      required: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 15 }), (raw) => {
        const requests: LabelRequest[] = raw.map((q, i) => ({ id: String(i), x: q.x, y: q.y, r: q.required ? q.r : 0, lines: Array(q.lines).fill('x'), width: q.width, required: q.required }));
        const placed = placeLabels(requests, frame);
        const ids = new Set(placed.map((p) => p.id));
        for (const q of requests) if (q.required) expect(ids.has(q.id)).toBe(true);
        const boxes = placed.map((p) => ({ p, b: box(p, requests[Number(p.id)]?.width ?? 0) }));
        for (const { p, b } of boxes) {
          if (requests[Number(p.id)]?.required) continue;
          for (const o of boxes) {
            if (o.p === p) continue;
            const overlapX = Math.min(b.x1, o.b.x1) - Math.max(b.x0, o.b.x0);
            const overlapY = Math.min(b.y1, o.b.y1) - Math.max(b.y0, o.b.y0);
            expect(overlapX > 0 && overlapY > 0).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
