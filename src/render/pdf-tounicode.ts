/**
 * Every glyph a PDF draws maps back to its characters (its font's ToUnicode map), so that the text
 * extracts, is searched and is read aloud as printed.
 *
 * pdfkit records a glyph's characters from fontkit's glyph object the first time a document draws
 * that glyph. fontkit caches glyph objects, and a glyph first reached as a component of a
 * composite glyph is cached with no characters: in Noto Sans the Cyrillic «Т» is built from the
 * Latin "T", so once a map label's halo (drawn as outlines, svg-halo.ts) has reached «Т», a later
 * "DTM" in bold was written with an empty mapping for "T" and extracted as "D M" or "DLM". This
 * fills every such gap from the font's own character map before the document is written.
 */

interface CmapProcessor {
  codePointsForGlyph(gid: number): number[];
}

/** The part of pdfkit's embedded font that this touches. */
interface EmbeddedFontLike {
  font?: { _cmapProcessor?: CmapProcessor };
  subset?: { glyphs?: number[] };
  unicode?: Array<number[] | undefined>;
}

/** Fills the characters of glyphs drawn without them, in each of pdfkit's fonts of a document. */
export function fillMissingUnicode(fonts: Iterable<unknown>): void {
  for (const f of new Set(fonts)) {
    const font = f as EmbeddedFontLike;
    const cmap = font.font?._cmapProcessor;
    const glyphs = font.subset?.glyphs;
    const unicode = font.unicode;
    if (!cmap || !glyphs || !unicode) continue;
    for (let gid = 1; gid < unicode.length; gid++) {
      if (unicode[gid] && unicode[gid]!.length > 0) continue;
      const original = glyphs[gid];
      if (original === undefined) continue;
      const codePoints = cmap.codePointsForGlyph(original);
      // The lowest character of the glyph: the Latin letter, not a compatibility form.
      if (codePoints.length > 0) unicode[gid] = [Math.min(...codePoints)];
    }
  }
}
