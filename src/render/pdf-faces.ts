/**
 * The parsed fonts pdfkit draws with, shared by every PDF rendered in this thread.
 *
 * Given TTF bytes, pdfkit parses them again for each document (fontkit.create), and fontkit
 * decodes its tables (cmap, GSUB, GPOS, glyf…) lazily on first use: for a bulletin that is a good
 * share of the PDF's time. pdfkit also accepts an already-parsed fontkit font, so the parsed font
 * is cached here, per TTF buffer, for the life of the thread; the layout's measurer (measure.ts)
 * uses the same parsed fonts, and both get each text's shaping from one memo (shaping.ts).
 *
 * Determinism: fontkit caches glyph objects (`_glyphs`) with the characters they were first
 * reached from, and pdfkit writes those characters into the PDF's ToUnicode map. A glyph cache
 * left over from a previous document would make a PDF depend on which documents this thread drew
 * before it, so `pdfFace` empties that cache: every document starts from the state of a freshly
 * parsed font. Only the decoded tables, which do not depend on the text, are reused. The caller
 * must then draw the document without yielding to other work on the same font (renderPdf draws
 * synchronously once the fonts are registered).
 */
import * as fontkit from 'fontkit';
import { rememberShaping } from './shaping.js';

/** The part of fontkit's Font that this cache touches (`_glyphs` is fontkit's private glyph cache). */
type ParsedFont = fontkit.Font & { _glyphs: Record<number, unknown> };

const parsed = new WeakMap<Uint8Array, ParsedFont>();

function parsedFont(ttf: Uint8Array): ParsedFont {
  let font = parsed.get(ttf);
  if (!font) {
    font = fontkit.create(ttf as Buffer) as ParsedFont;
    // each text shaped once per thread, for the measurer and pdfkit alike, the glyph cache kept as shaping leaves it (shaping.ts)
    rememberShaping(font);
    parsed.set(ttf, font);
  }
  return font;
}

/**
 * The thread's parsed font for these TTF bytes, for measuring text (measure.ts): widths do not
 * depend on the glyph cache, so it is shared as is.
 */
export function measureFace(ttf: Uint8Array): fontkit.Font {
  return parsedFont(ttf);
}

/** The thread's parsed font for these TTF bytes, its glyph cache emptied, ready for a new document. */
export function pdfFace(ttf: Uint8Array): fontkit.Font {
  const font = parsedFont(ttf);
  font._glyphs = {};
  return font;
}
