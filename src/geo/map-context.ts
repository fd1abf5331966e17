/**
 * Where to write the names of the neighbouring countries on a map: inside the visible part of each
 * neighbour, as far as possible from the frame's edge and from other countries, and only where the
 * name fits. Found by sampling the frame on a grid (deterministic).
 */
import type { Feature, Geometry } from 'geojson';

export interface ContextLabel {
  id: string;
  x: number;
  y: number;
}

export interface ContextFrame {
  width: number;
  height: number;
  /** The rings of a country as drawn (projected and clipped), in the frame. */
  frameRings: (f: Feature<Geometry>) => Array<Array<[number, number]>>;
  /** Width in points of the name of a country. */
  textWidth: (id: string) => number;
  textHeight: number;
  /** Areas to keep clear (e.g. the country mapped and its labels): frame rectangles. */
  avoid: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }>;
}

const STEP = 8;

/**
 * Scanlines: for each row of samples (y = (j + 0.5) * STEP), the x where an edge of the rings
 * crosses it. Each edge is visited once and only for the rows its y range spans (the exact test
 * decides at the range's ends), in ring and edge order.
 */
function rowCrossings(rings: Array<Array<[number, number]>>, rows: number): number[][] {
  const out: number[][] = Array.from({ length: rows }, () => []);
  for (const ring of rings) {
    for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
      const [xa = 0, ya = 0] = ring[a] ?? [];
      const [xb = 0, yb = 0] = ring[b] ?? [];
      if (ya === yb) continue;
      const finite = Number.isFinite(ya) && Number.isFinite(yb);
      const from = finite ? Math.max(0, Math.floor(Math.min(ya, yb) / STEP - 0.5)) : 0;
      const to = finite ? Math.min(rows - 1, Math.ceil(Math.max(ya, yb) / STEP - 0.5)) : rows - 1;
      for (let j = from; j <= to; j++) {
        const y = (j + 0.5) * STEP;
        if (ya > y !== yb > y) out[j]!.push(xa + ((y - ya) * (xb - xa)) / (yb - ya));
      }
    }
  }
  return out;
}

export function contextLabels(countries: ReadonlyArray<Feature<Geometry> & { id: string }>, frame: ContextFrame): ContextLabel[] {
  const cols = Math.floor(frame.width / STEP);
  const rows = Math.floor(frame.height / STEP);
  const owner: Array<string | null> = new Array<string | null>(cols * rows).fill(null);
  for (const c of countries) {
    const crossings = rowCrossings(frame.frameRings(c), rows);
    for (let j = 0; j < rows; j++) {
      const xs = crossings[j]!;
      if (xs.length < 2) continue;
      xs.sort((p, q) => p - q);
      // Even-odd: a sample is inside when an odd number of crossings lie left of it.
      let left = 0;
      for (let i = 0; i < cols; i++) {
        const x = (i + 0.5) * STEP;
        while (left < xs.length && xs[left]! < x) left++;
        if (left % 2 === 1 && owner[j * cols + i] === null) owner[j * cols + i] = c.id;
      }
    }
  }
  const out: ContextLabel[] = [];
  for (const c of countries) {
    const w = frame.textWidth(c.id) / 2 + 2;
    const h = frame.textHeight / 2 + 1;
    let best: { x: number; y: number; score: number } | undefined;
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < cols; i++) {
        if (owner[j * cols + i] !== c.id) continue;
        const x = (i + 0.5) * STEP;
        const y = (j + 0.5) * STEP;
        if (x - w < 0 || x + w > frame.width || y - h < 0 || y + h > frame.height) continue;
        if (frame.avoid.some((a) => x + w > a.x0 && x - w < a.x1 && y + h > a.y0 && y - h < a.y1)) continue;
        // Every sample under the text must belong to the country.
        let fits = true;
        for (let dj = Math.floor((y - h) / STEP); fits && dj <= Math.floor((y + h) / STEP); dj++) {
          for (let di = Math.floor((x - w) / STEP); di <= Math.floor((x + w) / STEP); di++) {
            if (owner[dj * cols + di] !== c.id) {
              fits = false;
              break;
            }
          }
        }
        if (!fits) continue;
        // Prefer the middle of the visible part: distance to the nearest foreign sample, capped.
        let d = 60;
        for (let k = 1; k * STEP < d; k++) {
          const probes = [[i + k, j], [i - k, j], [i, j + k], [i, j - k]];
          if (probes.some(([pi = 0, pj = 0]) => pi < 0 || pj < 0 || pi >= cols || pj >= rows || owner[pj * cols + pi] !== c.id)) d = k * STEP;
        }
        if (!best || d > best.score) best = { x, y, score: d };
      }
    }
    if (best) out.push({ id: c.id, x: best.x, y: best.y });
  }
  return out;
}
