/**
 * The one place that names the font files: the PDF embeds them, the chart layout measures text
 * with them (fontkit) and the PNG preview rasterises with them (resvg). Same TTF everywhere, so a
 * label that fits in the chart fits in the PDF.
 *
 * Noto Sans (OFL) stands in for IOM's Gill Sans and covers Latin and Cyrillic.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name written into SVG and used by resvg and pdfkit. */
export const FONT_FAMILY = 'Noto Sans';

export type FontFace = 'regular' | 'bold' | 'semibold' | 'italic';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

/** Absolute paths of the TTF files, by face. */
export const FONT_FILES: Readonly<Record<FontFace, string>> = Object.freeze({
  regular: join(root, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: join(root, '700Bold', 'NotoSans_700Bold.ttf'),
  semibold: join(root, '600SemiBold', 'NotoSans_600SemiBold.ttf'),
  italic: join(root, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
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
