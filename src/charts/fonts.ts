/**
 * The one place that names the font files: the PDF embeds them, the chart layout measures text
 * with them (fontkit) and the PNG preview rasterises with them (resvg). Same TTF everywhere, so a
 * label that fits in the chart fits in the PDF.
 *
 * Noto Sans (OFL) stands in for IOM's Gill Sans and covers Latin and Cyrillic. The files are the
 * subsets in assets/fonts/ (scripts/subset-fonts.mjs: the scripts a bulletin can print, advances and
 * kerning unchanged), much faster to load and shape than the full fonts.
 */
import { packagePath } from '../package-root.js';

/** The family name written into SVG and used by resvg and pdfkit. */
export const FONT_FAMILY = 'Noto Sans';

/** The faces a bulletin prints with; charts use all but bold italic. */
export type FontKey = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic';
export type FontFace = Exclude<FontKey, 'boldItalic'>;

export const FONT_KEYS: readonly FontKey[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic'];

/** The file of assets/fonts/ of each face. */
export const FONT_FILE_NAMES: Readonly<Record<FontKey, string>> = Object.freeze({
  regular: 'NotoSans-Regular.ttf',
  italic: 'NotoSans-Italic.ttf',
  semibold: 'NotoSans-SemiBold.ttf',
  bold: 'NotoSans-Bold.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
});

/** Absolute path of a file of assets/fonts/ (the same from src/, dist/ and the bundle). */
export function fontFile(name: string): string {
  return packagePath('assets', 'fonts', name);
}

/** Absolute paths of the TTF files of the chart faces. */
export const FONT_FILES: Readonly<Record<FontFace, string>> = Object.freeze({
  regular: fontFile(FONT_FILE_NAMES.regular),
  bold: fontFile(FONT_FILE_NAMES.bold),
  semibold: fontFile(FONT_FILE_NAMES.semibold),
  italic: fontFile(FONT_FILE_NAMES.italic),
});

/** The face for a CSS/Vega font weight and style (`bold`, 700, 600, `italic`). */
export function faceFor(weight: string | number | undefined, style?: string): FontFace {
  if (style === 'italic' || style === 'oblique') return 'italic';
  const w = weight === undefined ? 400 : weight === 'bold' || weight === 'bolder' ? 700 : Number(weight);
  if (Number.isNaN(w)) return 'regular';
  if (w >= 700) return 'bold';
  if (w >= 600) return 'semibold';
  return 'regular';
}
