#!/usr/bin/env node
/**
 * `npm run build:fonts`: cuts the Noto Sans faces of @expo-google-fonts/noto-sans down to the
 * scripts a bulletin can print and writes them to assets/fonts/, where the PDF (pdfkit), the text
 * measurer (fontkit) and the PNG previews (resvg) read them. Same TTF everywhere, as before; the
 * full font has 4,500 glyphs (Vietnamese, IPA, polytonic Greek…) that cost time in every text
 * shaping call and every resvg font load.
 *
 * HarfBuzz's subsetter (subset-font, wasm) keeps the glyphs of the code points below and whatever
 * the layout features reach from them (ligatures, accents, Cyrillic local forms), every layout
 * feature, the hinting and every name record (the family name "Noto Sans" with its typographic
 * subfamily, so SemiBold still matches weight 600; the copyright and licence). Advance widths and
 * kerning of the glyphs kept are unchanged. The output depends on the input files and the pinned
 * subset-font/harfbuzzjs only (no timestamps): re-running gives the same bytes.
 *
 * test/render/font-coverage.test.ts checks that every character of the templates, the published
 * strings, the place table and the country names has a glyph in every face.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'assets', 'fonts');
const pkg = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

/** Output file ← source file of the package. */
export const FACES = {
  'NotoSans-Regular.ttf': '400Regular/NotoSans_400Regular.ttf',
  'NotoSans-Italic.ttf': '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  'NotoSans-SemiBold.ttf': '600SemiBold/NotoSans_600SemiBold.ttf',
  'NotoSans-Bold.ttf': '700Bold/NotoSans_700Bold.ttf',
  'NotoSans-BoldItalic.ttf': '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

/** Unicode blocks kept, [first, last, name]. */
export const RANGES = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement'],
  [0x0100, 0x017f, 'Latin Extended-A'],
  [0x0180, 0x024f, 'Latin Extended-B (Azerbaijani/Turkmen/Uzbek letters)'],
  [0x0259, 0x0259, 'schwa (IPA Extensions)'],
  [0x02b0, 0x02ff, 'Spacing Modifier Letters (Uzbek ʻ ʼ)'],
  [0x0300, 0x036f, 'Combining Diacritical Marks'],
  [0x0370, 0x03ff, 'Greek and Coptic'],
  [0x0400, 0x04ff, 'Cyrillic'],
  [0x0500, 0x052f, 'Cyrillic Supplement'],
  [0x2000, 0x206f, 'General Punctuation'],
  [0x2070, 0x209f, 'Superscripts and Subscripts'],
  [0x20a0, 0x20cf, 'Currency Symbols (₸ ₽ € …)'],
  [0x2100, 0x214f, 'Letterlike Symbols (№ ℃ …)'],
  [0x2150, 0x218f, 'Number Forms (fractions)'],
  [0x2190, 0x21ff, 'Arrows'],
  [0x2200, 0x22ff, 'Mathematical Operators (− × ≤ ≥ where the font has them)'],
  [0x25a0, 0x25ff, 'Geometric Shapes'],
  [0xfb00, 0xfb06, 'Latin ligatures (ﬁ ﬂ)'],
  [0xfeff, 0xfeff, 'zero-width no-break space'],
  [0xfffd, 0xfffd, 'replacement character'],
];

function text() {
  let s = '';
  for (const [a, b] of RANGES) for (let c = a; c <= b; c++) s += String.fromCodePoint(c);
  return s;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const chars = text();
  for (const [out, src] of Object.entries(FACES)) {
    const input = readFileSync(join(pkg, src));
    const bytes = await subsetFont(input, chars, {
      targetFormat: 'truetype',
      // Every name record: family/typographic family (fontdb, pdfkit), copyright and licence (OFL).
      preserveNameIds: Array.from({ length: 26 }, (_, i) => i),
    });
    writeFileSync(join(outDir, out), bytes);
    process.stdout.write(`${out}: ${input.length} → ${bytes.length} bytes\n`);
  }
}

await main();
