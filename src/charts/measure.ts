/**
 * Text width measured on the real font files with fontkit (advance widths, with kerning), the
 * same way pdfkit lays the text out. Used by the chart layout (label wrapping, room for value
 * labels) and by the SVG renderer in place of Vega's crude estimate.
 */
import * as fontkit from 'fontkit';
import { FONT_FILES, type FontFace } from './fonts.js';

export type MeasureText = (text: string, size: number, face?: FontFace) => number;

/**
 * Creates a measurer with its own caches (fonts are opened on first use). Deterministic: same
 * text, size and face, same width.
 */
export function createTextMeasure(): MeasureText {
  const fonts = new Map<FontFace, fontkit.Font>();
  const widths = new Map<string, number>();
  const fontOf = (face: FontFace): fontkit.Font => {
    let f = fonts.get(face);
    if (!f) {
      const opened = fontkit.openSync(FONT_FILES[face]);
      if (!('layout' in opened)) throw new Error(`font collection not expected: ${FONT_FILES[face]}`);
      f = opened;
      fonts.set(face, f);
    }
    return f;
  };
  return (text, size, face = 'regular') => {
    if (!text || size <= 0) return 0;
    const key = `${face}|${text}`;
    let em = widths.get(key);
    if (em === undefined) {
      const font = fontOf(face);
      em = font.layout(text).advanceWidth / font.unitsPerEm;
      widths.set(key, em);
    }
    return em * size;
  };
}

let shared: MeasureText | undefined;

/** A process-wide measurer (a pure cache over read-only font files). */
export function textMeasure(): MeasureText {
  shared ??= createTextMeasure();
  return shared;
}
