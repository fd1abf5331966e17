/**
 * Text measurement, the only thing layout needs to know about fonts. `fontkitMeasurer` measures
 * with the same TTF files the PDF embeds (advance widths with kerning, as pdfkit lays them out).
 */
import type * as fontkit from 'fontkit';
import type { FontKey, FontSet } from './fonts.js';
import { measureFace } from './pdf-faces.js';

export interface TextMeasurer {
  /** Advance width of `text` in points. */
  width(text: string, font: FontKey, size: number): number;
  /** Distance from the baseline up to the ascender, in points. */
  ascent(font: FontKey, size: number): number;
  /** Distance from the baseline down to the descender, in points (positive). */
  descent(font: FontKey, size: number): number;
}

export function fontkitMeasurer(fonts: FontSet): TextMeasurer {
  const faces = new Map<FontKey, fontkit.Font>();
  const face = (key: FontKey): fontkit.Font => {
    let f = faces.get(key);
    if (!f) {
      f = measureFace(fonts[key]);
      faces.set(key, f);
    }
    return f;
  };
  const cache = new Map<string, number>();
  return {
    width(text, font, size) {
      if (text === '') return 0;
      const k = `${font}\u0000${text}`;
      let units = cache.get(k);
      if (units === undefined) {
        const f = face(font);
        units = f.layout(text).advanceWidth / f.unitsPerEm;
        cache.set(k, units);
      }
      return units * size;
    },
    ascent: (font, size) => (face(font).ascent / face(font).unitsPerEm) * size,
    descent: (font, size) => (-face(font).descent / face(font).unitsPerEm) * size,
  };
}
