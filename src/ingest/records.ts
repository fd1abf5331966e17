/**
 * Records of a CSV text stream, parsed by papaparse's Parser, with the TRUE line number of each
 * record in the file: the header is line 1, and a quoted field with line breaks moves the next
 * record down by as many lines. Papaparse does not count lines, so we count the LFs (the text is
 * LF-normalised by decode.ts) inside the fields of every record.
 *
 * The incomplete last record of a chunk is kept and parsed again with the next chunk; to stay
 * linear on huge fields, a kept remainder is re-parsed only once the text has doubled.
 */
import Papa from 'papaparse';
import { UsageError } from '../errors.js';

export type RecordProblem = 'unclosed-quote' | 'malformed-quote';

export interface CsvRecord {
  /** Line of the first character of the record (the header is line 1 when the file starts with it). */
  line: number;
  cells: string[];
  /** Set when the quotes of the record are broken: the cells are papaparse's best guess. */
  problem?: RecordProblem;
}

/** A single record larger than this is refused: the file is not a CSV export we can read. */
export const MAX_RECORD_CHARS = 256 * 1024 * 1024;

interface ParseResult {
  data: string[][];
  errors: Array<{ code: string; row: number }>;
  meta: { cursor: number };
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

/** The records of a text stream, one by one. */
export async function* parseRecords(chunks: AsyncIterable<string>, delimiter: string, path: string): AsyncGenerator<CsvRecord> {
  for await (const batch of parseRecordBatches(chunks, delimiter, path)) yield* batch;
}

/** The records of a text stream, in batches (one per parsed chunk): one await per chunk, not per record. */
export async function* parseRecordBatches(chunks: AsyncIterable<string>, delimiter: string, path: string): AsyncGenerator<CsvRecord[]> {
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  let pending = '';
  let waitFor = 0;
  let line = 1;

  function emit(res: ParseResult, quoted: boolean): CsvRecord[] {
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
      line += 1 + (quoted ? countLf(cells) : 0);
      batch[r] = rec;
    }
    return batch;
  }

  for await (const chunk of chunks) {
    pending = pending === '' ? chunk : pending + chunk;
    if (pending.length < waitFor) continue;
    const quoted = pending.indexOf('"') !== -1;
    const res = parser.parse(pending, 0, true) as ParseResult;
    yield emit(res, quoted);
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
    const res = parser.parse(pending, 0, true) as ParseResult;
    if (res.data.length > 0) yield emit(res, quoted);
    pending = pending.slice(res.meta.cursor);
  }
  if (pending !== '') {
    const res = parser.parse(pending, 0, false) as ParseResult;
    yield emit(res, pending.indexOf('"') !== -1);
  }
}
