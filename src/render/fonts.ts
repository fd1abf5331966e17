/**
 * The fonts: Noto Sans (Latin and Cyrillic), the subsets of assets/fonts/ cut from
 * @expo-google-fonts/noto-sans by scripts/subset-fonts.mjs. The same TTF files are used to measure
 * text (fontkit, in layout) and to draw it (embedded and subset again by pdfkit), so that line
 * breaks computed by the layout hold in the PDF.
 */
import { readFileSync } from 'node:fs';
import { FONT_FILE_NAMES, fontFile, type FontKey } from '../charts/fonts.js';

export { FONT_KEYS, type FontKey } from '../charts/fonts.js';

/** The TTF bytes of every face. */
export type FontSet = Record<FontKey, Buffer>;

/** Reads the bundled Noto Sans files (assets/fonts). */
export function loadNotoSans(): FontSet {
  const read = (key: FontKey) => readFileSync(fontFile(FONT_FILE_NAMES[key]));
  return {
    regular: read('regular'),
    italic: read('italic'),
    semibold: read('semibold'),
    bold: read('bold'),
    boldItalic: read('boldItalic'),
  };
}

/** The face for a span with these attributes. */
export function faceOf(bold: boolean | undefined, italic: boolean | undefined): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
