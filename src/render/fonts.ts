/**
 * The fonts: Noto Sans (full Cyrillic), from @expo-google-fonts/noto-sans. The same TTF files are
 * used to measure text (fontkit, in layout) and to draw it (embedded and subset by pdfkit), so that
 * line breaks computed by the layout hold in the PDF.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/** The faces a bulletin uses. */
export type FontKey = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic';

export const FONT_KEYS: readonly FontKey[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic'];

/** The TTF bytes of every face. */
export type FontSet = Record<FontKey, Buffer>;

const FILES: Record<FontKey, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  semibold: '600SemiBold/NotoSans_600SemiBold.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

/** Resolves the bundled Noto Sans files (from node_modules) and reads them. */
export function loadNotoSans(): FontSet {
  const require = createRequire(import.meta.url);
  const read = (key: FontKey) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${FILES[key]}`));
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
