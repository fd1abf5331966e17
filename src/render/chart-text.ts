/**
 * The smallest text of a figure, in the figure's own units (points at scale 1): how far the figure
 * may be drawn smaller before its text falls below MIN_CHART_TEXT (docs/style.md).
 */
import type { FigureBlock } from './model.js';
import { smallestTextSize } from '../charts/drawing.js';

/** No chart text is printed smaller than this (points; docs/style.md, "Charts"). */
export const MIN_CHART_TEXT = 6.5;

/**
 * The size of the smallest text run of the figure: as its maker gave it (`textSize`: the chart
 * stage, from the chart's drawing), else from its drawing (a run's size times the scale of its
 * transform) or, for a figure made by hand from its SVG alone, from the SVG's font sizes; null when
 * the figure has no text.
 */
export function smallestText(b: Pick<FigureBlock, 'drawing' | 'svg' | 'textSize'>): number | null {
  if (b.textSize !== undefined) return b.textSize;
  if (b.drawing) return smallestTextSize(b.drawing);
  let least = Infinity;
  for (const m of b.svg.matchAll(/font-size\s*[:=]\s*["']?\s*(\d+(?:\.\d+)?)/g)) least = Math.min(least, Number(m[1]));
  for (const m of b.svg.matchAll(/\bfont\s*[:=]\s*["'][^"']*?(\d+(?:\.\d+)?)px/g)) least = Math.min(least, Number(m[1]));
  return Number.isFinite(least) && least > 0 ? least : null;
}

/** The least scale at which the figure's text is still MIN_CHART_TEXT or larger (0 when it has no text). */
export function textFloor(b: Pick<FigureBlock, 'drawing' | 'svg' | 'textSize'>): number {
  const least = smallestText(b);
  return least === null ? 0 : MIN_CHART_TEXT / least;
}
