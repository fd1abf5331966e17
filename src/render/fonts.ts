/**
 * The fonts: Noto Sans (Latin and Cyrillic), the subsets of assets/fonts/ cut from
 * @expo-google-fonts/noto-sans by scripts/subset-fonts.mjs. The same TTF files are used to measure
 * text (fontkit, in layout) and to draw it (embedded and subset again by pdfkit), so that line
 * breaks computed by the layout hold in the PDF.
 */
import { readFileSync } from 'node:fs';
import { fontFile } from '../charts/fonts.js';

/** The faces a bulletin uses. */
export type FontKey = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic';

export const FONT_KEYS: readonly FontKey[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic'];

/** The TTF bytes of every face. */
export type FontSet = Record<FontKey, Buffer>;

export const FONT_SET_FILES: Readonly<Record<FontKey, string>> = {
  regular: 'NotoSans-Regular.ttf',
  italic: 'NotoSans-Italic.ttf',
  semibold: 'NotoSans-SemiBold.ttf',
  bold: 'NotoSans-Bold.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
};

/** Reads the bundled Noto Sans files (assets/fonts). */
export function loadNotoSans(): FontSet {
  const read = (key: FontKey) => readFileSync(fontFile(FONT_SET_FILES[key]));
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
