/**
 * Vega measures text to lay out axes, legends and truncation. Without node-canvas it falls back to
 * `0.8 × characters × font size`, which is wrong for every proportional font and badly wrong for
 * Cyrillic. This replaces Vega's `textMetrics.width` with fontkit measurement on the same Noto Sans
 * files the PDF embeds. Vega keeps that hook in a module-level object, so installing it is a
 * process-wide, idempotent act (the function installed is pure).
 */
import { faceFor } from './fonts.js';
import { textMeasure } from './measure.js';

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  fontStyle?: string;
  limit?: number;
}

export interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

const DEFAULT_FONT_SIZE = 11; // Vega's default

/** Width of a text item's line in points; a width over the item's `limit` is reported as the limit (Vega then truncates). */
export function fontkitWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : DEFAULT_FONT_SIZE;
  const s = text == null ? '' : String(text).trim();
  if (size <= 0 || !s) return 0;
  const w = textMeasure()(s, size, faceFor(item.fontWeight, item.fontStyle));
  const limit = Number(item.limit);
  return limit > 0 && w > limit ? limit : w;
}

/** Makes Vega measure text with fontkit. */
export function installFontMetrics(textMetrics: VegaTextMetrics): void {
  if (textMetrics.width !== fontkitWidth) textMetrics.width = fontkitWidth;
}
