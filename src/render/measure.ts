/**
 * Text measurement, the only thing layout needs to know about fonts. `fontkitMeasurer` measures
 * with the same TTF files the PDF embeds (advance widths with kerning, as pdfkit lays them out).
 */
import type * as fontkit from 'fontkit';
import type { FontKey, FontSet } from './fonts.js';
import { emWidth } from '../charts/measure.js';
import { measureFace } from './pdf-faces.js';
import { shapeNow } from './shaping.js';

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
  const widths = new Map<FontKey, (text: string) => number>();
  const widthOf = (key: FontKey): ((text: string) => number) => {
    let w = widths.get(key);
    if (!w) {
      const f = face(key);
      // widths are kept here: shaped without the shaping memo of pdfkit's texts (shaping.ts)
      w = emWidth(f, (text) => shapeNow(f, text));
      widths.set(key, w);
    }
    return w;
  };
  /** Ascender and descender in em, per face (fontkit reads them from its tables on every call). */
  const extents = new Map<FontKey, { ascent: number; descent: number }>();
  const extentOf = (key: FontKey): { ascent: number; descent: number } => {
    let e = extents.get(key);
    if (!e) {
      const f = face(key);
      e = { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
      extents.set(key, e);
    }
    return e;
  };
  return {
    width: (text, font, size) => (text === '' ? 0 : widthOf(font)(text) * size),
    ascent: (font, size) => extentOf(font).ascent * size,
    descent: (font, size) => extentOf(font).descent * size,
  };
}
