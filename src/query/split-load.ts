/**
 * A large UTF-8 file is read by two threads: this one reads and validates the first part with the
 * ordinary reader, a worker (range-worker.ts) the rest (range-parse.ts), from a line break past
 * the middle; the second part's accepted rows are then appended to the first's, in file order.
 *
 * The split is used only when it is certain to give what one reader gives: the second part holds no
 * quote character (so no quoted field spans the split), and the first reader's next record starts
 * exactly on the line where the second part's first record is (so the split is a record boundary
 * for it). Otherwise — or when the worker fails — the first reader goes on to the end of the file
 * itself, as without a split. The duplicate-id check needs every id of the file in one place: a
 * query that reads the id column is not split.
 */
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { CsvRow, CsvStream } from '../ingest/read-csv.js';
import { parseRange, type RangeJob, type RangeResult } from './range-parse.js';

/** Files smaller than this are read by one thread (a worker takes ~0.1 s to start). */
export const SPLIT_MIN_BYTES = 8 * 1024 * 1024;
/** Share of the file read by this thread (the worker starts later). */
export const FIRST_SHARE = 0.55;
const WINDOW = 1 << 20;

export interface Split {
  /** First byte of the second part. */
  start: number;
  /** Line (1-based, as the reader counts) where the second part starts. */
  line: number;
}

/** Where to split the file: the first line break after `share` of it, and its line number. */
export async function planSplit(path: string, size: number, share = FIRST_SHARE): Promise<Split | undefined> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(WINDOW);
    const from = Math.floor(size * share);
    const { bytesRead } = await fh.read(buf, 0, WINDOW, from);
    const lf = buf.subarray(0, bytesRead).indexOf(0x0a);
    if (lf < 0) return undefined;
    const start = from + lf + 1;
    if (start >= size) return undefined;
    // line breaks before `start`: LF, CRLF, and a lone CR (decode.ts turns each into one LF)
    let breaks = 0;
    let prevCr = false;
    for (let at = 0; at < start; ) {
      const { bytesRead: n } = await fh.read(buf, 0, Math.min(WINDOW, start - at), at);
      if (n === 0) return undefined;
      const chunk = buf.subarray(0, n);
      if (prevCr && chunk[0] !== 0x0a) breaks++;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) breaks++;
      for (let i = chunk.indexOf(0x0d); i !== -1; i = chunk.indexOf(0x0d, i + 1)) if (i + 1 < n && chunk[i + 1] !== 0x0a) breaks++;
      prevCr = chunk[n - 1] === 0x0d;
      at += n;
    }
    return { start, line: breaks + 1 };
  } finally {
    await fh.close();
  }
}

export interface SplitRun {
  /** The first part's record batches, for validate-file.ts (the whole file when the split is not used). */
  batches(): AsyncGenerator<CsvRow[]>;
  /** The second part's result when it was used (once `batches` is done). */
  second(): RangeResult | undefined;
}

/** Starts the second part (in a worker, or in this thread with `inProcess`) and returns the first part's reader. */
export function runSplit(csv: CsvStream, split: Split, job: Omit<RangeJob, 'start'>, inProcess: boolean): SplitRun {
  const full: RangeJob = { ...job, start: split.start };
  let worker: Worker | undefined;
  const pending: Promise<RangeResult | undefined> = inProcess
    ? parseRange(full).catch(() => undefined)
    : new Promise((resolve) => {
        worker = new Worker(new URL('./range-worker.js', import.meta.url), { workerData: full });
        worker.once('message', (r: RangeResult) => resolve(r));
        worker.once('error', () => resolve(undefined));
        worker.once('exit', () => resolve(undefined));
      });
  let used: RangeResult | undefined;
  async function* batches(): AsyncGenerator<CsvRow[]> {
    let serial = false;
    try {
      for await (const b of csv.batches) {
        if (serial || b[b.length - 1]!.line < split.line) {
          yield b;
          continue;
        }
        const k = b.findIndex((r) => r.line >= split.line);
        if (k > 0) yield b.slice(0, k);
        const r = await pending;
        if (r?.ok && r.firstLine > 0 && split.line + r.firstLine - 1 === b[k]!.line) {
          used = r;
          return;
        }
        serial = true;
        yield b.slice(k);
      }
    } finally {
      if (!used) void worker?.terminate();
    }
  }
  return { batches, second: () => used };
}
