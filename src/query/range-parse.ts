/**
 * The second part of a large file, read and validated for a query on its own (range-worker.ts runs
 * it in a worker thread; split-load.ts decides where the part starts and checks the result).
 *
 * It reads from byte `start` (just after a line break) to the end, with the reader's own decoding
 * and record parser (ingest/decode.ts, ingest/records.ts), skips blank records as the reader does,
 * and validates the rows with the first part's header, instrument, mapping and projection
 * (validate-file.ts). A part holding a quote character cannot be parsed apart from what precedes
 * it (a quoted field may span the start): it stops at once and says so (`ok` false).
 */
import { decodeFile } from '../ingest/decode.js';
import type { CsvRow, CsvStream } from '../ingest/read-csv.js';
import { parseRecordBatches, projectionOf, type ProjectionRef } from '../ingest/records.js';
import { INSTRUMENTS, type InstrumentKind } from '../schema/instruments.js';
import type { Mapping } from '../schema/mapping.js';
import { IssueSink } from '../validate/issue-sink.js';
import { datasetLayout } from '../validate/layout.js';
import { validateCsv } from '../validate/validate-file.js';
import { ColumnStore } from '../validate/column-store.js';

export interface RangeJob {
  path: string;
  /** Byte where the part starts (after a line break). */
  start: number;
  header: string[];
  headerLine: number;
  delimiter: string;
  kind: InstrumentKind;
  mapping: Mapping;
  only: string[];
  collect: string[];
}

export interface RangeResult {
  ok: boolean;
  /** Line of the part's first record, counted from the part's start (1). */
  firstLine: number;
  rows: number;
  rejected: number;
  /** Aligned with the job's `collect`. */
  columns: unknown[][];
}

export const RANGE_FAILED: RangeResult = { ok: false, firstLine: 0, rows: 0, rejected: 0, columns: [] };

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

export async function parseRange(job: RangeJob): Promise<RangeResult> {
  let quoted = false;
  async function* text(): AsyncGenerator<string> {
    for await (const chunk of decodeFile(job.path, 'utf-8', job.start)) {
      if (chunk.indexOf('"') !== -1) {
        quoted = true;
        return;
      }
      yield chunk;
    }
  }
  let firstLine = 0;
  const projection: ProjectionRef = { current: null };
  async function* batches(): AsyncGenerator<CsvRow[]> {
    for await (const b of parseRecordBatches(text(), job.delimiter, job.path, projection)) {
      const rows = b.filter((r) => !isBlank(r.cells));
      if (rows.length === 0) continue;
      if (firstLine === 0) firstLine = rows[0]!.line;
      yield rows;
    }
  }
  const csv: CsvStream = {
    path: job.path,
    encoding: 'utf-8',
    delimiter: job.delimiter as CsvStream['delimiter'],
    header: job.header,
    headerLine: job.headerLine,
    get batches() {
      return batches();
    },
    get rows() {
      return (async function* () {
        for await (const b of batches()) yield* b;
      })();
    },
    project: (cells) => {
      projection.current = projectionOf(job.header, cells);
    },
    hxl: null,
    hxlLine: null,
  };
  const inst = INSTRUMENTS[job.kind];
  const store = new ColumnStore(datasetLayout(inst), true, job.collect);
  const counts = await validateCsv(csv, inst, job.mapping, new IssueSink(0), store, new Set(job.only));
  if (quoted) return RANGE_FAILED;
  return { ok: true, firstLine, rows: store.rows, rejected: counts.rejected, columns: store.data };
}
