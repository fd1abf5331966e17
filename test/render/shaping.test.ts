/**
 * Each text shaped once (render/shaping.ts): a font that remembers its runs gives the runs, and
 * leaves the glyph cache, exactly as shaping every time does — the glyphs, their characters (which
 * pdfkit writes into the ToUnicode map), the positions — whatever was shaped before and whenever the
 * glyph cache was emptied (pdf-faces.ts empties it for every document).
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadNotoSans } from '../../src/render/fonts.js';
import { rememberShaping } from '../../src/render/shaping.js';

type Font = fontkit.Font & { _glyphs: Record<number, { id: number; codePoints: number[] }> };

const TEXTS = [
  'office fifty', 'ﬁve', 'DTM', 'Т', 'Таджикистан', 'Кыргызстан (51)', 'AVAWAY To', '1 234 567', '12%', '–', 'n = 295',
  'Mangystau Region', 'Ёлка', 'é', 'e\u0301', 'a\u00adb', ' ', '', 'fi fl ffi', 'Lost job or income ', 'Потеря работы или дохода ',
];

/** A run as pdfkit reads it, and the glyph cache as it stands. */
function runOf(font: Font, text: string) {
  const run = font.layout(text);
  const out = {
    glyphs: run.glyphs.map((g) => [g.id, [...g.codePoints]]),
    positions: run.positions.map((p) => ({ ...p })),
    advanceWidth: run.advanceWidth,
    cache: Object.values(font._glyphs).map((g) => [g.id, [...g.codePoints]]),
  };
  // pdfkit scales a run's positions in place (EmbeddedFont.layoutRun)
  for (const p of run.positions) {
    const pos = p as unknown as Record<string, number>;
    for (const k of Object.keys(pos)) pos[k] = (pos[k] ?? 0) * 2;
  }
  return out;
}

/** A deterministic shuffle. */
function order(n: number, seed: number): number[] {
  const idx = [...Array(n).keys()];
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

describe('remembered shaping', () => {
  for (const face of ['regular', 'bold', 'italic'] as const) {
    it(`gives the runs and glyph cache that shaping every time gives (${face})`, () => {
      const bytes = loadNotoSans()[face];
      const plain = fontkit.create(bytes) as Font;
      const remembered = fontkit.create(Buffer.from(bytes)) as Font;
      rememberShaping(remembered);
      for (let round = 0; round < 6; round++) {
        // a new document: both caches emptied (pdf-faces.ts), every other round
        if (round % 2 === 0) plain._glyphs = {};
        if (round % 2 === 0) remembered._glyphs = {};
        for (const i of order(TEXTS.length, round + 1)) {
          const text = TEXTS[i]!;
          expect(runOf(remembered, text), `${text} in round ${round}`).toEqual(runOf(plain, text));
        }
      }
    });
  }

  it('reaches a glyph from the characters shaping reached it from, whatever was shaped before', () => {
    const bytes = loadNotoSans().regular;
    const font = fontkit.create(bytes) as Font;
    rememberShaping(font);
    const fi = font.layout('fi').glyphs[0]!;
    font._glyphs = {};
    font.layout('ﬁ');
    expect(font._glyphs[fi.id]?.codePoints).toEqual([0xfb01]);
    font._glyphs = {};
    expect(font.layout('fi').glyphs[0]?.codePoints).toEqual([0x66, 0x69]);
  });
});
