/**
 * The low-level CSV reader every command uses: opens a file, detects its encoding and delimiter,
 * reads the header (and a second header row of HXL hashtags), and streams the records with their
 * true line numbers. Blank records (every cell empty) are skipped but counted in line numbers.
 *
 * Throws UsageError (exit 2) when the file cannot be read as CSV at all: missing, a directory,
 * empty, binary, or a header with control characters. Problems inside records (broken quotes,
 * ragged rows) are left to the caller, which reports them as issues.
 */
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { binaryKind, hasControlCharacters } from './binary.js';
import { decodeChunks } from './decode.js';
import { InputSnapshot } from '../fs/snapshot.js';
import { parseDelimiter, sniffDelimiter, type Delimiter } from './delimiter.js';
import { detectEncoding } from './encoding.js';
import { isBlank, isHxl } from './row-kind.js';
import { parseRecordBatches, projectionOf, type CsvRecord, type ProjectionRef, type RecordProblem } from './records.js';

export interface CsvRow {
  line: number;
  /** Every cell; after `CsvStream.project`, the cells not asked for may read '' (records.ts). */
  cells: string[];
  problem?: RecordProblem;
}

export interface CsvStream {
  path: string;
  encoding: string;
  delimiter: Delimiter;
  /** The header as in the file, byte-order mark stripped. */
  header: string[];
  /** Line of the header (1 unless the file starts with blank lines). */
  headerLine: number;
  /** The data records; single pass (read either `rows` or `batches`, once). */
  rows: AsyncIterable<CsvRow>;
  /** The same records in batches, for fast consumers; single pass. */
  batches: AsyncIterable<CsvRow[]>;
  /**
   * Only these cells (indices into the header) are read from now on: the reader may leave the
   * others '' in records that are certainly not blank, not the header repeated, not longer than the
   * header and well quoted (records.ts). Call before reading `rows` or `batches`.
   */
  project?: (cells: Iterable<number>) => void;
  /** The HXL hashtag row under the header, dropped from `rows`; null when there is none. */
  hxl: string[] | null;
  /** Line of the HXL row, when there is one. */
  hxlLine: number | null;
  /** The bytes under the records (sha256 of what was parsed, regular file or not, `verify()`); none for a byte range read by a worker. */
  source?: InputSnapshot;
}

export interface OpenCsvOptions {
  encoding?: string;
  delimiter?: string;
  /** Hash the bytes as they are parsed (`source.sha256()`); default true. */
  hash?: boolean;
}

const HEAD_BYTES = 64 * 1024;
const SNIFF_CHARS = 4 * 1024 * 1024;


/** Pulls chunks until the sample holds the first line (or is large), for delimiter sniffing. */
async function sampleText(it: AsyncIterator<string | Uint8Array>): Promise<{ sample: string; done: boolean }> {
  let sample = '';
  for (;;) {
    const r = await it.next();
    if (r.done) return { sample, done: true };
    if (typeof r.value !== 'string') throw new Error('decodeChunks gave bytes before the projection was set');
    sample += r.value;
    if (sample.indexOf('\n') !== -1 && sample.length >= 64 * 1024) return { sample, done: false };
    if (sample.length >= SNIFF_CHARS) return { sample, done: false };
  }
}

/**
 * `it` after `first`, closed with it: a reader that stops early (`return()`, a `for await` left, an
 * error) returns `it` too, down to the file (fs/snapshot.ts closes it), never left to the GC.
 */
async function* prepend<T>(first: T | null, it: AsyncIterator<T>, done: boolean): AsyncGenerator<T> {
  try {
    if (first !== null) yield first;
    while (!done) {
      const r = await it.next();
      if (r.done) done = true;
      else yield r.value;
    }
  } finally {
    if (!done) await it.return?.(undefined);
  }
}

/** The first HEAD_BYTES (or all) of the bytes, and an iterator over the rest. */
async function readHead(bytes: AsyncIterator<Uint8Array>): Promise<{ head: Uint8Array; eof: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < HEAD_BYTES) {
    const r = await bytes.next();
    if (r.done) return { head: Buffer.concat(parts), eof: true };
    parts.push(r.value);
    length += r.value.length;
  }
  return { head: Buffer.concat(parts), eof: false };
}

/**
 * Opens a CSV file (`-` = standard input) and reads its header. The file is read once, through
 * one handle, as one snapshot (fs/snapshot.ts): a pipe or a device is never opened twice, and a
 * file changed while it is read is exit 2 at the end of the records.
 */
export async function openCsv(path: string, opts: OpenCsvOptions = {}): Promise<CsvStream> {
  const snap = await InputSnapshot.open(path, { hash: opts.hash !== false });
  const bytes = snap.chunks()[Symbol.asyncIterator]();
  try {
    return await openSnapshot(path, snap, bytes, opts);
  } catch (e) {
    await bytes.return?.(undefined);
    await snap.close();
    throw e;
  }
}

/**
 * The widest header read: Excel stops at 16,384 columns, the widest Kobo exports have a few
 * thousand. A header of millions of cells (a 10 MB line of delimiters) is not an export, and a
 * query or validation of it would hold gigabytes of per-column state (5 million: 3.8 GB, 87 s).
 */
const MAX_COLUMNS = 100_000;

async function openSnapshot(path: string, snap: InputSnapshot, bytes: AsyncIterator<Uint8Array>, opts: OpenCsvOptions): Promise<CsvStream> {
  const { head, eof } = await readHead(bytes);
  if (head.length === 0) throw new UsageError('csv.empty', `${path} is empty`, { path });
  const binary = binaryKind(head.subarray(0, HEAD_BYTES));
  if (binary) throw new UsageError('csv.binary', `${path} is not a CSV file: it looks like ${binary}`, { path });
  const { encoding, bomLength } = detectEncoding(head, eof, opts.encoding);

  const projection: ProjectionRef = { current: null };
  // once a projection of some cells is set, complete lines come as bytes: records.ts decodes only the cells it keeps
  const chunks = decodeChunks(prepend(head.length > bomLength ? head.subarray(bomLength) : null, bytes, eof), encoding, () => projection.current !== null && !projection.current.all)[Symbol.asyncIterator]();
  const { sample, done } = await sampleText(chunks);
  const delimiter = opts.delimiter !== undefined ? parseDelimiter(opts.delimiter) : sniffDelimiter(sample);
  const source = parseRecordBatches(prepend<string | Uint8Array>(sample === '' ? null : sample, chunks, done), delimiter, path, projection)[Symbol.asyncIterator]();
  let pending: CsvRecord[] = [];
  let at = 0;
  const nextRecord = async (): Promise<CsvRecord | null> => {
    while (at >= pending.length) {
      const r = await source.next();
      if (r.done) return null;
      pending = r.value;
      at = 0;
    }
    return pending[at++]!;
  };

  let headerRec: CsvRecord | null;
  do headerRec = await nextRecord();
  while (headerRec && isBlank(headerRec.cells));
  if (!headerRec) throw new UsageError('csv.empty', `${path} has no header: the file is empty or blank`, { path });
  if (headerRec.cells.length > MAX_COLUMNS) {
    throw new UsageError('csv.header', msg.validate.tooManyColumns(path, headerRec.cells.length, MAX_COLUMNS), { path, line: headerRec.line });
  }
  const header = headerRec.cells.slice();
  if (header.length > 0) header[0] = header[0]!.replace(/^\uFEFF+/, '');
  if (headerRec.problem === 'unclosed-quote' || header.some(hasControlCharacters)) {
    const why = headerRec.problem ? 'the header has an unclosed quote' : 'the header holds control characters (a binary file?)';
    throw new UsageError('csv.header', `${path} cannot be read as CSV: ${why} (line ${headerRec.line})`, { path, line: headerRec.line });
  }

  let second: CsvRecord | null;
  do second = await nextRecord();
  while (second && isBlank(second.cells));
  const hxlRec = second && isHxl(second.cells) ? second : null;
  const firstData = !second || hxlRec ? null : second;

  async function* batches(): AsyncGenerator<CsvRow[]> {
    let done = false;
    try {
      const first = [...(firstData ? [firstData] : []), ...pending.slice(at).filter((r) => !isBlank(r.cells))];
      if (first.length > 0) yield first;
      for (;;) {
        const r = await source.next();
        if (r.done) {
          done = true;
          return;
        }
        const batch = r.value.filter((x) => !isBlank(x.cells));
        if (batch.length > 0) yield batch;
      }
    } finally {
      // left early: the parser, the decoder and the file are returned too (the file closed)
      if (!done) await source.return?.(undefined);
    }
  }
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const b of batches()) yield* b;
  }

  return {
    path,
    encoding,
    delimiter,
    header,
    headerLine: headerRec.line,
    get rows() {
      return rows();
    },
    get batches() {
      return batches();
    },
    project: (cells) => {
      projection.current = projectionOf(header, cells);
    },
    hxl: hxlRec ? hxlRec.cells : null,
    hxlLine: hxlRec ? hxlRec.line : null,
    source: snap,
  };
}
