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
  /**
   * A required label that found no free place: it overlaps (or nearly touches, within CLEARANCE)
   * another label, or runs out of the frame.
   */
  clash?: boolean;
}

/** Labels closer than this (points) count as clashing: their glyphs and halos reach beyond the line boxes. */
const CLEARANCE = 1.5;
/** A label keeps this far (points) inside the frame: its halo never touches the map's edge. */
const INSET = 3;

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

type Segment = [number, number, number, number];

/** Whether a segment passes through a box (Liang–Barsky). */
function segmentHitsBox([x0, y0, x1, y1]: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: Array<[number, number]> = [[-dx, x0 - b.x0], [dx, b.x1 - x0], [-dy, y0 - b.y0], [dy, b.y1 - y0]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function segmentsCross([a, b, c, d]: Segment, [e, f, g, h]: Segment): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): number => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return o(a, b, c, d, e, f) !== o(a, b, c, d, g, h) && o(e, f, g, h, a, b) !== o(e, f, g, h, c, d);
}

/** Candidate centres: next to the symbol in 8 directions, then further out in 16 (with a leader). */
function candidates(q: LabelRequest, w: number, h: number, gap: number): Array<[number, number, number]> {
  if (q.r <= 0) return [[q.x, q.y, 0], [q.x, q.y + h, 0], [q.x, q.y - h, 0]];
  const out: Array<[number, number, number]> = [];
  const d = q.r + gap;
  // Right, left, below, above, then the diagonals.
  const first = [0, 180, 90, 270, 45, 135, 315, 225];
  const all = [...first, 22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5];
  for (const [ring, extra] of [[0, 0], [1, 10], [2, 22], [3, 36], [4, 54]] as const) {
    for (const deg of ring === 0 ? first : all) {
      const a = (deg * Math.PI) / 180;
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const e = d + extra;
      out.push([q.x + cos * e + Math.sign(Math.round(cos * 1e6)) * (w / 2), q.y + sin * e + Math.sign(Math.round(sin * 1e6)) * (h / 2), ring]);
    }
  }
  return out;
}

export function placeLabels(requests: readonly LabelRequest[], frame: LabelFrame): PlacedLabel[] {
  const symbols: Array<Box & { id: string }> = requests
    .filter((q) => q.r > 0)
    .map((q) => ({ id: q.id, x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r }));
  const boxes: Box[] = [];
  const leaders: Segment[] = [];
  const placed: PlacedLabel[] = [];
  const ordered = [...requests.filter((q) => q.required), ...requests.filter((q) => !q.required)];
  for (const q of ordered) {
    const h = q.lines.length * frame.lineHeight;
    const w = q.width;
    let best: { c: [number, number]; ring: number; cost: number; leader: Segment | undefined } | undefined;
    for (const [cx, cy, ring] of candidates(q, w, h, frame.gap)) {
      const box = { x0: cx - w / 2 - 1, y0: cy - h / 2, x1: cx + w / 2 + 1, y1: cy + h / 2 };
      const outside = Math.max(0, INSET - box.x0) + Math.max(0, box.x1 - frame.width + INSET) + Math.max(0, INSET - box.y0) + Math.max(0, box.y1 - frame.height + INSET);
      const near = { x0: box.x0 - CLEARANCE, y0: box.y0 - CLEARANCE, x1: box.x1 + CLEARANCE, y1: box.y1 + CLEARANCE };
      let cost = outside * 1000 + ring * 30;
      for (const b of boxes) cost += overlap(near, b) * 10;
      for (const s of symbols) if (s.id !== q.id) cost += overlap(box, s) * 3;
      for (const l of leaders) if (segmentHitsBox(l, box)) cost += 150;
      let leader: Segment | undefined;
      if (ring > 0) {
        const [ex, ey] = leaderEnd(q, cx, cy, w, h);
        leader = [q.x, q.y, ex, ey];
        cost += Math.hypot(ex - q.x, ey - q.y) * 0.5;
        for (const b of boxes) if (segmentHitsBox(leader, b)) cost += 150;
        for (const s of symbols) if (s.id !== q.id && segmentHitsBox(leader, s)) cost += 40;
        for (const l of leaders) if (segmentsCross(l, leader)) cost += 100;
      }
      if (!best || cost < best.cost) best = { c: [cx, cy], ring, cost, leader };
      if (cost === 0) break;
    }
    if (!best || (!q.required && best.cost > 0)) continue;
    const [cx, cy] = best.c;
    if (best.leader) leaders.push(best.leader);
    const box = { x0: cx - w / 2 - 1, y0: cy - h / 2, x1: cx + w / 2 + 1, y1: cy + h / 2 };
    const near = { x0: box.x0 - CLEARANCE, y0: box.y0 - CLEARANCE, x1: box.x1 + CLEARANCE, y1: box.y1 + CLEARANCE };
    const clash = box.x0 < INSET || box.y0 < INSET || box.x1 > frame.width - INSET || box.y1 > frame.height - INSET || boxes.some((b) => overlap(near, b) > 0);
    boxes.push(box);
    const label: PlacedLabel = { id: q.id, cx, cy, lines: q.lines, leader: best.leader ? [best.leader[2], best.leader[3]] : undefined };
    if (clash) label.clash = true;
    placed.push(label);
  }
  return placed;
}
