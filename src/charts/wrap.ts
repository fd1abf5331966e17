/**
 * Word-wrapping of category labels to a width in points, measured on the real font, so long
 * Russian labels ("Мигранты, оказавшиеся в затруднительном положении") break into lines instead
 * of being cut. Vega draws the lines from `split(label, '\n')`.
 */
import type { FontFace } from './fonts.js';
import type { MeasureText } from './measure.js';

export const LINE_SEPARATOR = '\n';

export interface WrapOptions {
  width: number;
  size: number;
  maxLines?: number;
  face?: FontFace;
}

/** Breaks `text` into lines no wider than `width` (a single word wider than that keeps its own line; the last allowed line ends with `…`). */
export function wrapLines(text: string, measure: MeasureText, opts: WrapOptions): string[] {
  const { width, size, maxLines = 3, face = 'regular' } = opts;
  const fits = (s: string): boolean => measure(s, size, face) <= width;
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** The widest line of a wrapped label, in points. */
export function widestLine(lines: readonly string[], measure: MeasureText, size: number, face: FontFace = 'regular'): number {
  return lines.reduce((w, l) => Math.max(w, measure(l, size, face)), 0);
}
