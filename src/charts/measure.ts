/**
 * Text width measured on the real font files with fontkit (advance widths, with kerning), the
 * same way pdfkit lays the text out. Used by the chart layout (label wrapping, room for value
 * labels) and by the SVG renderer in place of Vega's crude estimate.
 */
import * as fontkit from 'fontkit';
import { FONT_FILES, type FontFace } from './fonts.js';

export type MeasureText = (text: string, size: number, face?: FontFace) => number;

/**
 * Advance width in em of a text in one font (kerning included, as pdfkit lays it out), cached per
 * text: the one measurement behind the charts' and the pages' measurers. `shape` shapes a text
 * (by default the font's own layout).
 */
export function emWidth(font: fontkit.Font, shape: (text: string) => fontkit.GlyphRun = (text) => font.layout(text)): (text: string) => number {
  const widths = new Map<string, number>();
  const unitsPerEm = font.unitsPerEm;
  return (text) => {
    let em = widths.get(text);
    if (em === undefined) {
      em = shape(text).advanceWidth / unitsPerEm;
      widths.set(text, em);
    }
    return em;
  };
}

/**
 * Creates a measurer with its own caches (fonts are opened on first use). Deterministic: same
 * text, size and face, same width.
 */
export function createTextMeasure(): MeasureText {
  const faces = new Map<FontFace, (text: string) => number>();
  const widthOf = (face: FontFace): ((text: string) => number) => {
    let w = faces.get(face);
    if (!w) {
      const opened = fontkit.openSync(FONT_FILES[face]);
      if (!('layout' in opened)) throw new Error(`font collection not expected: ${FONT_FILES[face]}`);
      w = emWidth(opened);
      faces.set(face, w);
    }
    return w;
  };
  return (text, size, face = 'regular') => (!text || size <= 0 ? 0 : widthOf(face)(text) * size);
}

let shared: MeasureText | undefined;

/** A process-wide measurer (a pure cache over read-only font files). */
export function textMeasure(): MeasureText {
  shared ??= createTextMeasure();
  return shared;
}
