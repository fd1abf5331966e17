/**
 * Inline text → lines. Greedy line breaking at spaces (U+0020 only: no-break spaces inside numbers
 * such as "1 234" hold), never hyphenating; a word wider than the line is cut between characters;
 * "\n" forces a break. Measures with a TextMeasurer, so the result is independent of pdfkit.
 */
import type { RichText } from './model.js';
import { faceOf, type FontKey } from './fonts.js';
import type { TextMeasurer } from './measure.js';

/** A piece of text in one face (and, in a link, its address). */
interface Piece {
  text: string;
  font: FontKey;
  link?: string;
}

/** A laid-out line: spans with x relative to the line start. */
export interface Line {
  spans: Array<{ text: string; font: FontKey; x: number; w: number; link?: string }>;
  width: number;
}

const sameLink = (a: Piece, b: Piece): boolean => a.link === b.link;

/** RichText as pieces; `base` is the face of plain text (e.g. bold for captions). */
function piecesOf(text: RichText, base: FontKey = 'regular'): Piece[] {
  // Tabs and other blanks become spaces, CR LF a line break.
  const clean = (t: string) => t.replace(/\r\n?/g, '\n').replace(/[\t\v\f\u2028\u2029]/g, ' ');
  if (typeof text === 'string') return [{ text: clean(text), font: base }];
  const baseBold = base === 'bold' || base === 'boldItalic' || base === 'semibold';
  return text.map((r) => {
    const font = r.bold || r.italic ? faceOf(r.bold || baseBold, r.italic) : base;
    return r.link ? { text: clean(r.text), font, link: r.link } : { text: clean(r.text), font };
  });
}

interface Word {
  pieces: Piece[];
  width: number;
  /** The face of the space before this word (that of the text it followed). */
  spaceFont: FontKey;
  /** The link of the space before this word (that of the text it followed), if any. */
  spaceLink?: string;
  /** Forced break before this word. */
  breakBefore: boolean;
}

function wordsOf(pieces: Piece[], m: TextMeasurer, size: number): Word[] {
  const words: Word[] = [];
  let cur: Piece[] = [];
  let spaceFont: FontKey = pieces[0]?.font ?? 'regular';
  let spaceLink: string | undefined;
  let pendingSpace: Piece | null = null;
  let breakBefore = false;
  const flush = () => {
    if (cur.length === 0) return;
    const width = cur.reduce((s, p) => s + m.width(p.text, p.font, size), 0);
    const word: Word = { pieces: cur, width, spaceFont, breakBefore };
    if (spaceLink !== undefined) word.spaceLink = spaceLink;
    words.push(word);
    cur = [];
    breakBefore = false;
  };
  for (const p of pieces) {
    // Split on spaces and newlines, keeping them as separators.
    for (const part of p.text.split(/( |\n)/)) {
      if (part === '') continue;
      if (part === ' ' || part === '\n') {
        flush();
        if (part === '\n') breakBefore = true;
        pendingSpace = p;
        continue;
      }
      if (cur.length === 0 && pendingSpace !== null) {
        spaceFont = pendingSpace.font;
        spaceLink = pendingSpace.link;
      }
      pendingSpace = null;
      const last = cur[cur.length - 1];
      if (last && last.font === p.font && sameLink(last, p)) last.text += part;
      else cur.push(p.link ? { text: part, font: p.font, link: p.link } : { text: part, font: p.font });
    }
  }
  flush();
  return words;
}

/** Cuts a word wider than `max` into pieces that fit (at least one character each). */
function cutWord(word: Word, max: number, m: TextMeasurer, size: number): Word[] {
  const out: Word[] = [];
  let cur: Piece[] = [];
  let width = 0;
  for (const p of word.pieces) {
    for (const ch of Array.from(p.text)) {
      const w = m.width(ch, p.font, size);
      if (width + w > max && width > 0) {
        out.push({ pieces: cur, width, spaceFont: word.spaceFont, breakBefore: out.length === 0 && word.breakBefore });
        cur = [];
        width = 0;
      }
      const last = cur[cur.length - 1];
      if (last && last.font === p.font && sameLink(last, p)) last.text += ch;
      else cur.push(p.link ? { text: ch, font: p.font, link: p.link } : { text: ch, font: p.font });
      width += w;
    }
  }
  if (cur.length) out.push({ pieces: cur, width, spaceFont: word.spaceFont, breakBefore: out.length === 0 && word.breakBefore });
  // Glue: the pieces after the first follow without a space; mark with a zero-width "space".
  return out.map((w, i) => (i === 0 ? w : { ...w, spaceFont: '' as FontKey }));
}

/**
 * Lines already broken, per measurer: the layout breaks the same text at the same width in every
 * pass (layoutDocument tries up to five flows, each twice with a table of contents) and in every
 * document (running headers, glossaries). Line breaking is a pure function of the text, face, size,
 * width and measurer, so a remembered result is the result. Lines are frozen: a caller that changed
 * one would change it for every later caller (every consumer copies what it needs, chunk.ts).
 */
const remembered = new WeakMap<TextMeasurer, Map<string, readonly Line[]>>();
/** Entries kept per measurer before the memo starts afresh (a build has a few thousand). */
const MEMO_LIMIT = 50_000;

function memo(kind: string, text: RichText, base: FontKey, size: number, maxWidth: number, m: TextMeasurer, make: () => Line[]): Line[] {
  let lines = remembered.get(m);
  if (!lines) {
    lines = new Map();
    remembered.set(m, lines);
  }
  const key = `${kind}\u0000${base}\u0000${size}\u0000${maxWidth}\u0000${typeof text === 'string' ? `s${text}` : `r${JSON.stringify(text)}`}`;
  let out = lines.get(key);
  if (!out) {
    if (lines.size >= MEMO_LIMIT) lines.clear();
    out = deepFreeze(make());
    lines.set(key, out);
  }
  return out as Line[];
}

function deepFreeze(lines: Line[]): readonly Line[] {
  for (const l of lines) {
    for (const s of l.spans) Object.freeze(s);
    Object.freeze(l.spans);
    Object.freeze(l);
  }
  return Object.freeze(lines);
}

/** Breaks text into lines no wider than `maxWidth`. Empty text gives no lines. */
export function breakLines(text: RichText, base: FontKey, size: number, maxWidth: number, m: TextMeasurer): Line[] {
  return memo('break', text, base, size, maxWidth, m, () => breakLinesNow(text, base, size, maxWidth, m));
}

function breakLinesNow(text: RichText, base: FontKey, size: number, maxWidth: number, m: TextMeasurer): Line[] {
  const words = wordsOf(piecesOf(text, base), m, size).flatMap((w) => (w.width > maxWidth ? cutWord(w, maxWidth, m, size) : [w]));
  const lines: Word[][] = [];
  let cur: Word[] = [];
  let width = 0;
  for (const w of words) {
    const glued = (w.spaceFont as string) === '';
    const space = cur.length && !glued ? m.width(' ', w.spaceFont, size) : 0;
    if (cur.length && (w.breakBefore || width + space + w.width > maxWidth + 1e-6)) {
      lines.push(cur);
      cur = [];
      width = 0;
    }
    width += (cur.length && !glued ? m.width(' ', w.spaceFont, size) : 0) + w.width;
    cur.push(w);
  }
  if (cur.length) lines.push(cur);
  return lines.map((ws) => spansOf(ws, m, size));
}

/** Joins words into spans of one face each, measuring each span as a whole. */
function spansOf(words: Word[], m: TextMeasurer, size: number): Line {
  const pieces: Piece[] = [];
  words.forEach((w, i) => {
    // A space inside a link (between two of its words) is part of it.
    const link = w.spaceLink !== undefined && w.pieces[0]?.link === w.spaceLink ? w.spaceLink : undefined;
    if (i > 0 && (w.spaceFont as string) !== '') pieces.push(link ? { text: ' ', font: w.spaceFont, link } : { text: ' ', font: w.spaceFont });
    pieces.push(...w.pieces);
  });
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.font === p.font && sameLink(last, p)) last.text += p.text;
    else merged.push({ ...p });
  }
  let x = 0;
  const spans = merged.map((p) => {
    const w = m.width(p.text, p.font, size);
    const s: Line['spans'][number] = { text: p.text, font: p.font, x, w };
    if (p.link) s.link = p.link;
    x += w;
    return s;
  });
  return { spans, width: x };
}

/**
 * Lines of balanced length (like CSS `text-wrap: balance`): as many lines as `breakLines` gives at
 * `maxWidth`, broken at the narrowest width that still gives that many, so that the last line is
 * not one short word under full ones. The type size never changes.
 */
export function balanceLines(text: RichText, base: FontKey, size: number, maxWidth: number, m: TextMeasurer): Line[] {
  return memo('balance', text, base, size, maxWidth, m, () => balanceLinesNow(text, base, size, maxWidth, m));
}

function balanceLinesNow(text: RichText, base: FontKey, size: number, maxWidth: number, m: TextMeasurer): Line[] {
  const greedy = breakLines(text, base, size, maxWidth, m);
  if (greedy.length < 2) return greedy;
  let lo = 0;
  let hi = maxWidth;
  // the same words, none cut in two (a word wider than the line is cut by breakLines)
  const words = (ls: Line[]) => ls.map((l) => l.spans.map((sp) => sp.text).join('')).join(' ');
  const all = words(greedy);
  let best = greedy;
  for (let i = 0; i < 24 && hi - lo > 0.25; i++) {
    const mid = (lo + hi) / 2;
    const lines = breakLinesNow(text, base, size, mid, m);
    if (lines.length === greedy.length && words(lines) === all) {
      hi = mid;
      best = lines;
    } else lo = mid;
  }
  return best;
}
