/**
 * Each text shaped once per thread and font. fontkit shapes a string (cmap, GSUB, GPOS) every time
 * it is asked; the layout measures a word, pdfkit shapes it again to draw it, in every document.
 * `rememberShaping` makes a parsed font remember what `layout(text)` gave, for the layout's
 * measurer (measure.ts) and pdfkit alike (pdf-faces.ts gives both the same parsed font).
 *
 * What a shaped run leaves behind must be the same as shaping again, because the PDF depends on
 * it: fontkit caches glyph objects (`_glyphs`) with the characters they were first reached from,
 * and pdfkit writes those characters into the ToUnicode map (pdf-faces.ts empties that cache for
 * every document). So the first shaping of a text records every glyph fontkit looked up, in order
 * and with the characters it looked it up with; a remembered run replays those look-ups on the
 * font as it is now (creating, exactly as shaping would, the glyphs this document has not reached
 * yet) and returns a new run of the glyphs they give, with copies of the recorded positions (pdfkit
 * scales a run's positions in place). A run that does not fit this record (a glyph that is not
 * fontkit's cached one, a position that is not plain numbers) is not remembered: shaped each time.
 */
import type * as fontkit from 'fontkit';

interface Lookup {
  id: number;
  chars: number[] | undefined;
  base: boolean;
}

interface Shaped {
  lookups: Lookup[];
  /** The run's own properties in order: glyphs by id, positions as [key, value] lists, the rest as is. */
  fields: Array<[string, unknown]>;
  proto: object;
  positionProto: object;
}

type GlyphLookup = (id: number, chars?: number[]) => unknown;

/** fontkit's Font with the private parts this touches. */
interface ShapingFont {
  layout: (text: unknown, ...rest: unknown[]) => fontkit.GlyphRun;
  getGlyph: GlyphLookup;
  _getBaseGlyph: GlyphLookup;
  _glyphs: Record<number, unknown>;
}

const GLYPHS = Symbol('glyph ids');
const POSITIONS = Symbol('positions');

/** Texts remembered per font before the memo starts afresh (a build shapes a few tens of thousands). */
const LIMIT = 200_000;

const installed = new WeakSet<object>();

/**
 * Makes this parsed font remember the runs `layout(text)` gives (see above). Idempotent. The
 * font's own properties are set once here and never removed (an object whose properties come and
 * go is one V8 makes slow to read, and fontkit reads its font a lot).
 */
export function rememberShaping(face: fontkit.Font): void {
  const font = face as unknown as ShapingFont;
  if (installed.has(font)) return;
  if (Object.hasOwn(font, 'layout') || Object.hasOwn(font, 'getGlyph') || Object.hasOwn(font, '_getBaseGlyph')) return;
  installed.add(font);
  const shape = font.layout;
  const runs = new Map<string, Shaped | null>();
  /** The look-ups of the text being shaped, or null. */
  let recording: Lookup[] | null = null;
  let depth = 0;
  const record = (base: boolean, look: GlyphLookup): GlyphLookup =>
    function (id, chars) {
      if (recording === null) return look.call(font, id, chars);
      if (depth === 0) recording.push({ id, chars, base });
      depth++;
      try {
        return look.call(font, id, chars);
      } finally {
        depth--;
      }
    };
  font.getGlyph = record(false, font.getGlyph);
  font._getBaseGlyph = record(true, font._getBaseGlyph);
  font.layout = function layout(text: unknown, ...rest: unknown[]): fontkit.GlyphRun {
    if (typeof text !== 'string' || rest.some((a) => a !== undefined) || recording !== null) return shape.call(font, text, ...rest);
    const known = runs.get(text);
    if (known) return replay(font, known) ?? shape.call(font, text);
    if (known === null) return shape.call(font, text);
    const lookups: Lookup[] = [];
    recording = lookups;
    let run: fontkit.GlyphRun;
    try {
      run = shape.call(font, text);
    } finally {
      recording = null;
      depth = 0;
    }
    if (runs.size >= LIMIT) runs.clear();
    runs.set(text, snapshot(font, run, lookups));
    return run;
  };
  shapers.set(font, shape);
}

const shapers = new WeakMap<object, ShapingFont['layout']>();

/**
 * Shapes a text without remembering it (the layout's measurer: it keeps widths, and the texts it
 * measures, whole lines and bare words, are not the ones pdfkit draws).
 */
export function shapeNow(face: fontkit.Font, text: string): fontkit.GlyphRun {
  const shape = shapers.get(face);
  return shape ? shape.call(face, text) : face.layout(text);
}

/** What replaying needs of a run just shaped, or null when it cannot be replayed exactly. */
function snapshot(font: ShapingFont, run: fontkit.GlyphRun, lookups: Lookup[]): Shaped | null {
  const glyphs = run.glyphs as unknown as Array<{ id: number }>;
  const positions = run.positions as unknown as Array<Record<string, unknown>>;
  if (!Array.isArray(glyphs) || !Array.isArray(positions) || glyphs.length !== positions.length) return null;
  if (!glyphs.every((g) => g !== null && typeof g === 'object' && font._glyphs[g.id] === g)) return null;
  const positionProto = positions.length > 0 ? (Object.getPrototypeOf(positions[0]) as object) : Object.prototype;
  const keys = positions.length > 0 ? Object.keys(positions[0]!) : [];
  /** Every position's values, in the order of `keys` (every position has those keys, in that order). */
  const values: unknown[] = [];
  for (const p of positions) {
    if (Object.getPrototypeOf(p) !== positionProto) return null;
    const own = Object.keys(p);
    if (own.length !== keys.length) return null;
    for (let i = 0; i < keys.length; i++) {
      const v = p[keys[i]!];
      if (own[i] !== keys[i] || (typeof v !== 'number' && v !== null && v !== undefined)) return null;
      values.push(v);
    }
  }
  const fields: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(run)) {
    if (k === 'glyphs') fields.push([k, { [GLYPHS]: glyphs.map((g) => g.id) }]);
    else if (k === 'positions') fields.push([k, { [POSITIONS]: { keys, values, n: positions.length } }]);
    else if (v === null || typeof v !== 'object') fields.push([k, v]);
    else if (Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => x === null || typeof x !== 'object')) fields.push([k, { ...v }]);
    else return null;
  }
  // the characters as fontkit had them when it was done (a glyph keeps the array it was made with)
  const copied = lookups.map((l) => ({ ...l, chars: l.chars === undefined ? undefined : [...l.chars] }));
  return { lookups: copied, fields, proto: Object.getPrototypeOf(run) as object, positionProto };
}

/** The run again: the same glyph look-ups on the font as it is now, the same positions. */
function replay(font: ShapingFont, s: Shaped): fontkit.GlyphRun | null {
  for (const l of s.lookups) (l.base ? font._getBaseGlyph : font.getGlyph).call(font, l.id, l.chars === undefined ? undefined : [...l.chars]);
  const run = Object.create(s.proto) as Record<string, unknown>;
  for (const [k, v] of s.fields) {
    if (v !== null && typeof v === 'object' && GLYPHS in v) {
      const glyphs = (v[GLYPHS] as number[]).map((id) => font._glyphs[id]);
      if (glyphs.some((g) => g === undefined)) return null;
      run[k] = glyphs;
    } else if (v !== null && typeof v === 'object' && POSITIONS in v) {
      const { keys, values, n } = v[POSITIONS] as { keys: string[]; values: unknown[]; n: number };
      const positions = new Array<Record<string, unknown>>(n);
      for (let i = 0, j = 0; i < n; i++) {
        const p = Object.create(s.positionProto) as Record<string, unknown>;
        for (const key of keys) p[key] = values[j++];
        positions[i] = p;
      }
      run[k] = positions;
    } else run[k] = v !== null && typeof v === 'object' ? { ...v } : v;
  }
  return run as unknown as fontkit.GlyphRun;
}
