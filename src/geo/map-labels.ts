/**
 * Places province labels on a map without overlaps: each label tries the right of its symbol, then
 * the left, below, above and the diagonals, then the same further out with a leader line; labels of
 * provinces with more records go first (required labels in the order given, then optional ones). A label that cannot go
 * anywhere free is still placed (where it overlaps least) if it is required, dropped if optional.
 * Works in frame coordinates (points); the caller projects and inverts.
 */
export interface LabelRequest {
  id: string;
  /** Anchor in the frame (the symbol's centre). */
  x: number;
  y: number;
  /** Radius of the symbol at the anchor (0 for none). */
  r: number;
  /** Lines of text and their widths. */
  lines: string[];
  width: number;
  required: boolean;
}

export interface PlacedLabel {
  id: string;
  /** Centre of the text block. */
  cx: number;
  cy: number;
  lines: string[];
  /** Where a leader line from the symbol's centre ends, for a label set away from its symbol. */
  leader: [number, number] | undefined;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export interface LabelFrame {
  width: number;
  height: number;
  lineHeight: number;
  /** Gap between symbol and text. */
  gap: number;
}

/** The point of the label's box nearest to the symbol. */
function leaderEnd(q: LabelRequest, cx: number, cy: number, w: number, h: number): [number, number] {
  return [Math.max(cx - w / 2, Math.min(cx + w / 2, q.x)), Math.max(cy - h / 2, Math.min(cy + h / 2, q.y))];
}

function leaderBox(x0: number, y0: number, x1: number, y1: number): Box {
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

export function placeLabels(requests: readonly LabelRequest[], frame: LabelFrame): PlacedLabel[] {
  const symbols: Array<Box & { id: string }> = requests
    .filter((q) => q.r > 0)
    .map((q) => ({ id: q.id, x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r }));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const ordered = [...requests.filter((q) => q.required), ...requests.filter((q) => !q.required)];
  for (const q of ordered) {
    const h = q.lines.length * frame.lineHeight;
    const w = q.width;
    const d = q.r + frame.gap;
    // Around the symbol first (right, left, below, above, diagonals), then further out with a leader.
    const centres: Array<[number, number, number]> = [];
    if (q.r > 0) {
      for (const [k, extra] of [[0, 0], [1, 10], [2, 22], [3, 36]] as const) {
        const e = d + extra;
        const diag = d * 0.7 + extra * 0.7;
        centres.push(
          [q.x + e + w / 2, q.y, k],
          [q.x - e - w / 2, q.y, k],
          [q.x, q.y + e + h / 2, k],
          [q.x, q.y - e - h / 2, k],
          [q.x + diag + w / 2, q.y + diag + h / 2, k],
          [q.x - diag - w / 2, q.y + diag + h / 2, k],
          [q.x + diag + w / 2, q.y - diag - h / 2, k],
          [q.x - diag - w / 2, q.y - diag - h / 2, k],
        );
      }
    } else {
      centres.push([q.x, q.y, 0], [q.x, q.y + h, 0], [q.x, q.y - h, 0]);
    }
    let best: { c: [number, number]; ring: number; cost: number } | undefined;
    for (const [cx, cy, ring] of centres) {
      const box = { x0: cx - w / 2 - 1, y0: cy - h / 2, x1: cx + w / 2 + 1, y1: cy + h / 2 };
      const outside = Math.max(0, -box.x0) + Math.max(0, box.x1 - frame.width) + Math.max(0, -box.y0) + Math.max(0, box.y1 - frame.height);
      let cost = outside * 1000 + ring * 40;
      for (const t of taken) cost += overlap(box, t) * 10;
      for (const s of symbols) if (s.id !== q.id) cost += overlap(box, s) * 3;
      if (!best || cost < best.cost) best = { c: [cx, cy], ring, cost };
    }
    if (!best || (!q.required && best.cost > 0)) continue;
    const [cx, cy] = best.c;
    if (best.ring > 0) taken.push(leaderBox(q.x, q.y, cx, cy));
    taken.push({ x0: cx - w / 2 - 1, y0: cy - h / 2, x1: cx + w / 2 + 1, y1: cy + h / 2 });
    placed.push({ id: q.id, cx, cy, lines: q.lines, leader: best.ring > 0 ? leaderEnd(q, cx, cy, w, h) : undefined });
  }
  return placed;
}
