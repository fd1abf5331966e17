/**
 * Reads a PDF the way the tests need to, with pdfjs-dist only (no system binaries): text in reading
 * order, fonts, metadata, tags and structure, plus two checks of the file's own bytes that pdfjs forgives
 * (cross-reference offsets and stream lengths) and the body with its streams inflated, to search.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFont {
  /** BaseFont with its subset tag, e.g. `ABCDEF+NotoSans-Regular`. */
  name: string;
  /** The font program is in the file. */
  embedded: boolean;
  /** The font carries a map from glyphs to Unicode (pdfjs decoded one with at least one entry). */
  unicode: boolean;
}

export interface PdfReport {
  pages: number;
  /** Page boxes in points, `[x0, y0, x1, y1]`. */
  boxes: number[][];
  info: Record<string, unknown>;
  /** The XMP packet, raw. */
  xmp: string;
  tagged: boolean;
  displayDocTitle: boolean;
  outline: string[];
  fonts: PdfFont[];
  /** Structure roles across all pages (each element once per page it appears on). */
  roles: string[];
  /** Extracted text: one line per text line, runs of spaces squeezed, blank lines dropped. */
  text: string;
  /** Messages pdfjs printed while reading every page (warnings and errors). */
  warnings: string[];
}

const cache = new Map<string, Promise<PdfReport>>();

/** Reads the whole file once (cached by path + size + first bytes, since tests rewrite files). */
export function readPdf(file: string): Promise<PdfReport> {
  const bytes = readFileSync(file);
  const key = `${file}:${bytes.length}:${bytes.subarray(0, 64).toString('hex')}:${bytes.subarray(-512).toString('hex')}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = analyse(bytes);
    cache.set(key, hit);
  }
  return hit;
}

async function analyse(bytes: Buffer): Promise<PdfReport> {
  const warnings: string[] = [];
  const log = console.log;
  // pdfjs reports faults through console.log("Warning: …") when verbosity ≥ 1.
  console.log = (...args: unknown[]) => {
    const s = args.map(String).join(' ');
    if (/^(Warning|Error)\b/.test(s)) warnings.push(s);
    else log(...args);
  };
  try {
    const doc = await getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, isEvalSupported: false, stopAtErrors: true, verbosity: 1 }).promise;
    try {
      return await report(doc, warnings);
    } finally {
      await doc.destroy();
    }
  } finally {
    console.log = log;
  }
}

async function report(doc: PDFDocumentProxy, warnings: string[]): Promise<PdfReport> {
  const meta = await doc.getMetadata();
  const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
  const prefs = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
  const outline = (await doc.getOutline()) ?? [];
  const fonts = new Map<string, PdfFont>();
  const roles: string[] = [];
  const boxes: number[][] = [];
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    boxes.push([...page.view]);
    await page.getOperatorList();
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    let last: { x: number; y: number; size: number } | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [size = 0, , , , x = 0, y = 0] = item.transform as number[];
      if (item.str !== '' && last !== null) {
        // A new line where pdfjs saw none: the baseline moved, or the pen went back (a figure's labels).
        if (Math.abs(y - last.y) > 0.3 * Math.max(size, last.size) || x < last.x - 0.5) {
          lines.push(line);
          line = '';
        } else if (x - last.x > 0.2 * size && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
      }
      line += item.str;
      if (item.str !== '') last = { x: x + item.width, y, size };
      if (item.hasEOL) {
        lines.push(line);
        line = '';
        last = null;
      }
    }
    lines.push(line);
    pages.push(lines.join('\n'));
    for (const id of Object.keys(content.styles)) {
      const f = page.commonObjs.get(id) as { name?: string; data?: Uint8Array; missingFile?: boolean; toUnicode?: { _map?: unknown[] } };
      const name = f.name ?? id;
      const map = f.toUnicode?._map;
      fonts.set(name, {
        name,
        embedded: f.missingFile !== true && (f.data?.length ?? 0) > 0,
        unicode: Array.isArray(map) && map.some((u) => typeof u === 'string' && u !== ''),
      });
    }
    const walk = (node: { role?: string; children?: unknown[] } | null): void => {
      if (node === null) return;
      if (node.role !== undefined && node.role !== 'Root') roles.push(node.role);
      for (const c of node.children ?? []) walk(c as { role?: string; children?: unknown[] });
    };
    walk((await page.getStructTree()) as { role?: string; children?: unknown[] } | null);
  }
  return {
    pages: doc.numPages,
    boxes,
    info: meta.info as Record<string, unknown>,
    xmp: meta.metadata?.getRaw() ?? '',
    tagged: mark?.Marked === true,
    displayDocTitle: prefs?.DisplayDocTitle === true,
    outline: outline.map((o) => o.title),
    fonts: [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name)),
    roles,
    text: squeeze(pages.join('\n')),
    warnings,
  };
}

/** Runs of blanks to one space, lines trimmed, blank lines dropped, one final newline. */
function squeeze(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
}

/** The extracted text (see PdfReport.text). */
export async function pdfText(file: string): Promise<string> {
  return (await readPdf(file)).text;
}

/**
 * What a structural check of the bytes finds wrong (empty when nothing): the header and trailer,
 * every cross-reference offset pointing at its object, every stream's /Length ending at `endstream`
 * and every Flate stream inflating; then pdfjs reading every page without a warning.
 */
export async function pdfFaults(file: string): Promise<string[]> {
  const bytes = readFileSync(file);
  const faults = byteFaults(bytes);
  faults.push(...(await readPdf(file)).warnings);
  return faults;
}

function byteFaults(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const faults: string[] = [];
  if (!text.startsWith('%PDF-1.')) faults.push('no %PDF-1.x header');
  if (!/%%EOF\s*$/.test(text)) faults.push('no %%EOF at the end');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (start === null) return [...faults, 'no startxref'];
  const xref = /^xref\s+0 (\d+)\s+/.exec(text.slice(Number(start[1])));
  if (xref === null) return [...faults, `startxref ${start[1]} does not point at a cross-reference table`];
  const count = Number(xref[1]);
  const rows = text.slice(Number(start[1]) + xref[0].length).split(/\r?\n|\r/).slice(0, count);
  rows.forEach((row, obj) => {
    const m = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(row);
    if (m === null) faults.push(`xref row ${obj} malformed: ${row}`);
    else if (m[3] === 'n' && !text.startsWith(`${obj} ${Number(m[2])} obj`, Number(m[1]))) faults.push(`object ${obj} is not at offset ${Number(m[1])}`);
  });
  if (!new RegExp(`/Size ${count}\\b`).test(text.slice(Number(start[1])))) faults.push(`trailer /Size is not ${count}`);
  for (const s of streams(bytes)) {
    if (!bytes.subarray(s.end, s.end + 12).toString('latin1').match(/^\r?\n?endstream/)) faults.push(`stream at ${s.start}: /Length ${s.end - s.start} does not end at endstream`);
    else if (s.flate) {
      try {
        inflateSync(bytes.subarray(s.start, s.end));
      } catch (e) {
        faults.push(`stream at ${s.start} does not inflate: ${(e as Error).message}`);
      }
    }
  }
  return faults;
}

interface Stream {
  dict: string;
  start: number;
  end: number;
  flate: boolean;
}

/** Every stream with a direct /Length, with its dictionary (pdfkit writes direct lengths and no object streams). */
function streams(bytes: Buffer): Stream[] {
  const text = bytes.toString('latin1');
  const out: Stream[] = [];
  const re = />>\s*stream\r?\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const open = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(open, m.index + 2);
    const len = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const start = m.index + m[0].length;
    const end = start + Number(len?.[1] ?? 0);
    out.push({ dict, start, end, flate: dict.includes('/FlateDecode') });
    re.lastIndex = end;
  }
  return out;
}

/** The file as latin1 text with every Flate stream replaced by its inflated bytes (what `qpdf --qdf` would show). */
export function pdfBody(file: string): string {
  const bytes = readFileSync(file);
  const parts: string[] = [];
  let at = 0;
  for (const s of streams(bytes)) {
    parts.push(bytes.subarray(at, s.start).toString('latin1'));
    parts.push(s.flate ? inflateSync(bytes.subarray(s.start, s.end)).toString('latin1') : bytes.subarray(s.start, s.end).toString('latin1'));
    at = s.end;
  }
  parts.push(bytes.subarray(at).toString('latin1'));
  return parts.join('');
}
