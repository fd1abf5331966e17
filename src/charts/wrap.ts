/**
 * Word-wrapping of category labels to a width in points, measured on the real font, so long
 * Russian labels ("Мигранты, оказавшиеся в затруднительном положении") break into lines instead
 * of being cut. Vega draws the lines from `split(label, '\n')`.
 */
import type { FontFace } from './fonts.js';
import type { MeasureText } from './measure.js';

export interface WrapOptions {
  width: number;
  size: number;
  maxLines?: number;
  face?: FontFace;
}

function greedy(words: readonly string[], fits: (s: string) => boolean): string[] {
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
  return lines;
}

/**
 * Breaks `text` into lines no wider than `width` (a single word wider than that keeps its own
 * line). Lines are balanced: the narrowest width that still gives the same number of lines is
 * used, so a label never ends with an orphaned word. Beyond `maxLines` the last line ends with `…`.
 */
export function wrapLines(text: string, measure: MeasureText, opts: WrapOptions): string[] {
  const { width, size, maxLines = 3, face = 'regular' } = opts;
  const fitsIn = (w: number) => (s: string): boolean => measure(s, size, face) <= w;
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines = greedy(words, fitsIn(width));
  if (lines.length > 1 && lines.length <= maxLines) {
    let lo = 0;
    let hi = width;
    let best = lines;
    while (hi - lo > 1) {
      const mid = (lo + hi) / 2;
      const trial = greedy(words, fitsIn(mid));
      if (trial.length === lines.length) {
        hi = mid;
        best = trial;
      } else lo = mid;
    }
    return best;
  }
  if (lines.length <= maxLines) return lines;
  const fits = fitsIn(width);
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
