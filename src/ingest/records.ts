/**
 * Records of a CSV text stream, parsed by papaparse's Parser, with the TRUE line number of each
 * record in the file: the header is line 1, and a quoted field with line breaks moves the next
 * record down by as many lines. Papaparse does not count lines, so we count the LFs (the text is
 * LF-normalised by decode.ts) inside the fields of every record.
 *
 * The incomplete last record of a chunk is kept and parsed again with the next chunk; to stay
 * linear on huge fields, a kept remainder is re-parsed only once the text has doubled.
 *
 * The first text (the header and the records in the same chunk) and, with a projection (a query
 * reads a few columns; validation reads all of them, `Projection.all`), all the text are split by
 * our own scanner, which gives papaparse's records;
 * with a projection it takes out only the cells asked for: the others read ''. A record that may be
 * blank, a repeated header or longer than the header is given whole, and so is every record from a
 * broken quote on (papaparse parses those, for its best guess and its errors). Papaparse is loaded
 * only when it parses: a query on a well-quoted file never loads it. With a projection, UTF-8 comes
 * as the bytes of complete lines (decode.ts): the common lines are matched on those bytes and only
 * the cells kept are decoded (scanLines), the rest of the piece decoded and parsed as text.
 */
import type { Parser as PapaParser } from 'papaparse';
import { UsageError } from '../errors.js';
import { decodeUtf8Lines } from './decode.js';

export type RecordProblem = 'unclosed-quote' | 'malformed-quote';

export interface CsvRecord {
  /** Line of the first character of the record (the header is line 1 when the file starts with it). */
  line: number;
  cells: string[];
  /** Set when the quotes of the record are broken: the cells are papaparse's best guess. */
  problem?: RecordProblem;
}

/** A single record larger than this is refused: the file is not a CSV export we can read. */
const MAX_RECORD_CHARS = 256 * 1024 * 1024;

interface ParseResult {
  data: string[][];
  errors: Array<{ code: string; row: number }>;
  meta: { cursor: number };
  /** Line breaks inside each record, when the parser counted them. */
  breaks?: number[];
}

/** What the scanner read: its records stop at `meta.cursor`, before a broken quote when `broken`. */
export interface ScanResult extends ParseResult {
  breaks: number[];
  /** The record at the cursor has broken quotes: papaparse parses the text from there (`completeBroken`). */
  broken: boolean;
}

/** Papaparse's parser for a stream (loaded on first use). */
async function papaParser(delimiter: string): Promise<PapaParser> {
  const { default: Papa } = await import('papaparse');
  return new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
}

/** A scan stopped at a broken quote, completed by papaparse from there: its best guess of the cells, its errors, its line count. */
export function completeBroken(res: ScanResult, text: string, last: boolean, parser: PapaParser): ParseResult {
  if (!res.broken) return res;
  const { data, breaks } = res;
  const pos = res.meta.cursor;
  const rest = parser.parse(text.slice(pos), 0, !last) as ParseResult;
  for (const cells of rest.data) {
    data.push(cells);
    breaks.push(countLf(cells));
  }
  const errors = rest.errors.map((e) => ({ code: e.code, row: e.row + data.length - rest.data.length }));
  return { data, errors, meta: { cursor: pos + rest.meta.cursor }, breaks };
}

function countLf(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    let i = c.indexOf('\n');
    while (i !== -1) {
      n++;
      i = c.indexOf('\n', i + 1);
    }
  }
  return n;
}

/** The cells a projected reader takes out of each record (the first always). */
export interface Projection {
  /** need[k] = 1: cell k is read. */
  need: Uint8Array;
  /** The header: a record starting with its first cell, or longer, is given whole. */
  header: readonly string[];
  /**
   * Every cell of the header is read (validation): the records are whole, and the reader takes
   * them from text (the line scanner's one match per line), not from bytes, since every cell would
   * be decoded alone (scanLines).
   */
  all: boolean;
}

/** The projection a reader applies from its next chunk on; null: whole records. */
export interface ProjectionRef {
  current: Projection | null;
}

/** A projection reading the cells `read` of records under `header`. */
export function projectionOf(header: readonly string[], read: Iterable<number>): Projection {
  const need = new Uint8Array(header.length + 1);
  need[0] = 1;
  for (const k of read) if (k < header.length) need[k] = 1;
  return { need, header, all: need.indexOf(0) === header.length };
}

/** The records of a text stream, in batches (one per parsed chunk): one await per chunk, not per record. */
export async function* parseRecordBatches(chunks: AsyncIterable<string | Uint8Array>, delimiter: string, path: string, projection?: ProjectionRef): AsyncGenerator<CsvRecord[]> {
  let parser: PapaParser | undefined;
  let scanned = false; // the scanner has given records: the header is read
  const parse = async (text: string, last: boolean): Promise<ParseResult> => {
    const p = projection?.current ?? null;
    if (p === null && scanned) return (parser ??= await papaParser(delimiter)).parse(text, 0, !last) as ParseResult;
    const res = scanProjected(text, delimiter, p, last);
    scanned ||= res.data.length > 0;
    return res.broken ? completeBroken(res, text, last, (parser ??= await papaParser(delimiter))) : res;
  };
  let pending = '';
  let waitFor = 0;
  let line = 1;

  function emit(res: ParseResult, quoted: boolean): CsvRecord[] {
    const breaks = res.breaks;
    const problems = new Map<number, RecordProblem>();
    for (const e of res.errors) {
      if (e.row >= res.data.length) continue;
      const p: RecordProblem = e.code === 'MissingQuotes' ? 'unclosed-quote' : 'malformed-quote';
      if (problems.get(e.row) !== 'unclosed-quote') problems.set(e.row, p);
    }
    const rows = res.data;
    const batch: CsvRecord[] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!;
      const rec: CsvRecord = { line, cells };
      const p = problems.get(r);
      if (p) rec.problem = p;
      line += 1 + (breaks ? breaks[r]! : quoted ? countLf(cells) : 0);
      batch[r] = rec;
    }
    return batch;
  }

  for await (const piece of chunks) {
    let chunk = typeof piece === 'string' ? piece : '';
    if (typeof piece !== 'string') {
      // complete lines as bytes (decode.ts): the common ones read from their bytes, the text of the rest parsed as usual
      const p = projection?.current ?? null;
      const head = p !== null && pending === '' ? scanLines(piece, delimiter, p) : null;
      if (head && head.data.length > 0) {
        scanned = true;
        yield emit(head, false);
      }
      chunk = decodeUtf8Lines(head ? piece.subarray(head.meta.cursor) : piece);
      if (chunk === '') continue;
    }
    pending = pending === '' ? chunk : pending + chunk;
    if (pending.length < waitFor) continue;
    const res = await parse(pending, false);
    yield emit(res, res.breaks === undefined && pending.indexOf('"') !== -1);
    pending = pending.slice(res.meta.cursor);
    if (pending.length > MAX_RECORD_CHARS) {
      throw new UsageError('csv.record-too-large', `${path}: the record starting on line ${line} is larger than 256 MB (an unclosed quote?)`, {
        path,
        line,
      });
    }
    waitFor = Math.min(pending.length * 2, MAX_RECORD_CHARS + 1); // never past what a string can hold
  }
  if (pending !== '') {
    // complete records first (as a single chunk would give them), then the unterminated last one
    const quoted = pending.indexOf('"') !== -1;
    const res = await parse(pending, false);
    if (res.data.length > 0) yield emit(res, quoted);
    pending = pending.slice(res.meta.cursor);
  }
  if (pending !== '') {
    const res = await parse(pending, true);
    yield emit(res, pending.indexOf('"') !== -1);
  }
}

const QUOTE = 34;
const LF = 10;
/** A record the scanner leaves to papaparse: it runs past the text (more to come), or its quotes are broken. */
const INCOMPLETE = 1;
const BROKEN = 2;

/**
 * Papaparse's `parse(text, 0, !last)` for the records of `text` (the same records, cells and
 * cursor), up to a record with broken quotes (`broken`: `completeBroken` parses the rest). With a
 * projection, the cells outside it read ''; without one, records are whole.
 */
export function scanProjected(text: string, delimiter: string, p: Projection | null, last: boolean): ScanResult {
  const data: string[][] = [];
  const breaks: number[] = [];
  const len = text.length;
  let pos = 0;
  let ended = false; // the last record ended with a line break
  const blank: string[] = p ? new Array<string>(p.header.length).fill('') : [];
  const line = p ? lineOf(p, delimiter) : null;
  while (pos < len) {
    if (line) {
      // the common line: as many cells as the header, no quote, the first cell neither blank nor the header's
      line.re.lastIndex = pos;
      const m = line.re.exec(text);
      if (m !== null && m[1] !== p!.header[0] && m[1]!.trim() !== '') {
        const cells = blank.slice();
        for (let j = 0; j < line.cells.length; j++) cells[line.cells[j]!] = m[j + 1]!;
        data.push(cells);
        breaks.push(0);
        pos = line.re.lastIndex;
        ended = true;
        continue;
      }
    }
    let r = scanRecord(text, pos, delimiter, last, p ? p.need : null);
    if (p && typeof r !== 'number') {
      const first = r.cells[0]!;
      if (first === p.header[0] || r.cells.length > p.header.length || first.trim() === '') r = scanRecord(text, pos, delimiter, last, null);
    }
    if (r === INCOMPLETE) return { data, errors: [], meta: { cursor: pos }, breaks, broken: false };
    if (r === BROKEN) return { data, errors: [], meta: { cursor: pos }, breaks, broken: true };
    data.push(r.cells);
    breaks.push(r.breaks);
    pos = r.end;
    ended = text.charCodeAt(pos - 1) === LF;
  }
  // papaparse's last record: the empty one after a final line break
  if (last && ended) {
    data.push(['']);
    breaks.push(0);
  }
  return { data, errors: [], meta: { cursor: pos }, breaks, broken: false };
}

const lines = new WeakMap<Projection, Map<string, { re: RegExp; cells: number[] }>>();

/**
 * A sticky regular expression for a line of exactly the header's cells, without quotes, that
 * captures the cells asked for (one native match per line instead of a search per delimiter).
 * `bytes`: for Latin-1 text of raw bytes (scanLines), where a CR is not yet a line end: none allowed.
 */
function lineOf(p: Projection, delimiter: string, bytes = false): { re: RegExp; cells: number[] } {
  let byKind = lines.get(p);
  if (!byKind) lines.set(p, (byKind = new Map()));
  const id = `${bytes ? 'b' : 't'}${delimiter}`;
  const known = byKind.get(id);
  if (known) return known;
  const d = delimiter === '\t' ? '\\t' : delimiter;
  const cell = `[^${d}\\n"${bytes ? '\\r' : ''}]*`;
  const cells = p.header.map((_, k) => k).filter((k) => p.need[k] === 1);
  const src = p.header.map((_, k) => (p.need[k] === 1 ? `(${cell})` : cell)).join(d);
  const made = { re: new RegExp(`${src}\\n`, 'y'), cells };
  byKind.set(id, made);
  return made;
}

/** One record from `pos`: its cells (those outside `need` as ''), where the next starts, its inner line breaks. */
function scanRecord(text: string, pos: number, delimiter: string, last: boolean, need: Uint8Array | null): { cells: string[]; end: number; breaks: number } | typeof INCOMPLETE | typeof BROKEN {
  const len = text.length;
  const d = delimiter.charCodeAt(0);
  const cells: string[] = [];
  let breaks = 0;
  let at = pos;
  let nl = -1;
  let nd = -1;
  for (let k = 0; ; k++) {
    const want = need === null || need[k] === 1;
    if (text.charCodeAt(at) === QUOTE) {
      let q = at;
      for (;;) {
        q = text.indexOf('"', q + 1);
        if (q === -1) return last ? BROKEN : INCOMPLETE; // unclosed: papaparse says so at the end
        if (q === len - 1 && !last) return INCOMPLETE; // closed at the end of the text: more may come
        const c = text.charCodeAt(q + 1);
        if (c === QUOTE) {
          q++;
          continue;
        }
        if (q !== len - 1 && c !== d && c !== LF) return BROKEN;
        break;
      }
      for (let i = text.indexOf('\n', at); i !== -1 && i < q; i = text.indexOf('\n', i + 1)) breaks++;
      cells.push(want ? text.slice(at + 1, q).replaceAll('""', '"') : '');
      if (q === len - 1) return { cells, end: len, breaks };
      at = q + 2;
      if (text.charCodeAt(q + 1) === LF) return { cells, end: at, breaks };
      continue;
    }
    // the next line break and delimiter, `len` when there is none: searched again only once passed
    // (a "none" kept as -1 was searched for again at every cell: quadratic in a long record cut by the chunk's end)
    if (nl < at) nl = indexOrEnd(text, '\n', at);
    if (nd < at) nd = indexOrEnd(text, delimiter, at);
    if (nd < nl) {
      cells.push(want ? text.slice(at, nd) : '');
      at = nd + 1;
      continue;
    }
    if (nl === len && !last) return INCOMPLETE;
    cells.push(want ? text.slice(at, nl) : '');
    return { cells, end: nl === len ? len : nl + 1, breaks };
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const i = text.indexOf(search, from);
  return i === -1 ? text.length : i;
}

/**
 * The common lines at the start of `bytes` (complete UTF-8 lines, decode.ts), as scanProjected reads
 * them from text, without decoding the whole text: the bytes are read as Latin-1 (one character per
 * byte, so an index is a byte offset), matched by lineOf's expression with CR excluded too (as many
 * cells as the header, no quote, no CR), and only the cells kept are decoded from UTF-8 (each alone:
 * a delimiter or a line break always ends a broken UTF-8 sequence, so a cell decodes as it does
 * within the whole text). Stops at the first other line, or one whose first cell is blank or the
 * header's: `meta.cursor` is its byte offset.
 */
function scanLines(bytes: Uint8Array, delimiter: string, p: Projection): ScanResult {
  const data: string[][] = [];
  const breaks: number[] = [];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const line = lineOf(p, delimiter, true);
  const blank: string[] = new Array<string>(p.header.length).fill('');
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    line.re.lastIndex = pos;
    const m = line.re.exec(text);
    if (m === null) break;
    const cells = blank.slice();
    for (let j = 0; j < line.cells.length; j++) {
      const c = m[j + 1]!;
      cells[line.cells[j]!] = NON_ASCII.test(c) ? decodeUtf8Lines(Buffer.from(c, 'latin1')) : c;
    }
    if (cells[0] === p.header[0] || cells[0]!.trim() === '') break;
    data.push(cells);
    breaks.push(0);
    pos = line.re.lastIndex;
  }
  return { data, errors: [], meta: { cursor: pos }, breaks, broken: false };
}

const NON_ASCII = /[^\x00-\x7f]/;
