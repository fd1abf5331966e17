/**
 * Reads one sheet of an Excel workbook (.xlsx) as the same record stream as a CSV file
 * (ingest/read-csv.ts `CsvStream`), so that validation, queries and builds read both alike.
 *
 * Streams with ExcelJS's `WorkbookReader` (memory stays at the shared strings plus one batch of
 * rows, whatever the number of rows). Before streaming, the ZIP directory and workbook.xml are read
 * on their own (zip-directory.ts, workbook-parts.ts): a workbook with macros, a broken archive or
 * a sheet asked for that does not exist is refused with a UsageError (exit 2) before any row.
 *
 * The sheet: `--sheet NAME`, else the first visible sheet (the main sheet of a Kobo export; its
 * repeat groups follow in sheets of their own, which are named in `notes` and not read). Lines are
 * the sheet's row numbers, so that an issue on line 12 is row 12 in Excel. Cells are turned into
 * the text a CSV export would hold (cell-text.ts); short rows are padded to the header's width.
 */
import type { EventEmitter } from 'node:events';
import ExcelJS from 'exceljs';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import type { CsvRow, CsvStream } from '../read-csv.js';
import { cellText, serialDateText } from './cell-text.js';
import { isBlank, isHxl } from '../row-kind.js';
import { checkWorkbook, corruptWorkbook as corrupt } from './check-workbook.js';
import { workbookReader } from './exceljs-reader.js';
import type { ZipEntry } from './zip-directory.js';
import type { SheetPart } from './workbook-parts.js';

export interface XlsxStream extends CsvStream {
  format: 'xlsx';
  /** The sheet read. */
  sheet: string;
  /** What the user should know about the workbook (sheets not read, a repeat-group sheet). */
  notes: string[];
  /**
   * Declares the cells (0-based) of date columns, before the rows are read: a plain number there
   * (a date whose cell lost its date format) is read as an Excel serial date.
   */
  dateCells(indices: Iterable<number>): void;
}

export interface OpenXlsxOptions {
  sheet?: string;
}

const BATCH = 1000;


function isForm(sheets: readonly SheetPart[]): boolean {
  const names = new Set(sheets.map((s) => s.name.trim().toLowerCase()));
  return names.has('survey') && names.has('choices');
}

/** The sheet to read and the sheets left aside. */
function chooseSheet(path: string, sheets: readonly SheetPart[], asked: string | undefined): { sheet: SheetPart; others: SheetPart[] } {
  if (asked !== undefined) {
    const sheet = sheets.find((s) => s.name === asked) ?? sheets.find((s) => s.name.trim().toLowerCase() === asked.trim().toLowerCase());
    if (!sheet) throw new UsageError('xlsx.sheet', msg.xlsx.noSheet(path, asked, sheets.map((s) => s.name)), { path, sheet: asked });
    return { sheet, others: [] };
  }
  if (isForm(sheets)) throw new UsageError('xlsx.form', msg.xlsx.isForm(path), { path });
  const visible = sheets.filter((s) => !s.hidden);
  const sheet = visible[0];
  if (!sheet) throw new UsageError('xlsx.sheet', msg.xlsx.noVisibleSheet(path), { path });
  return { sheet, others: visible.slice(1) };
}

/** The cells of a row as text, 0-based; trailing empty cells beyond the header width dropped. */
function rowCells(row: ExcelJS.Row, width: number, dates?: ReadonlySet<number>): string[] {
  const values = row.values as unknown[];
  const n = Math.max(values.length - 1, 0);
  const cells: string[] = new Array<string>(Math.max(n, width));
  for (let i = 0; i < cells.length; i++) {
    const v = i < n ? values[i + 1] : undefined;
    cells[i] = dates !== undefined && typeof v === 'number' && dates.has(i) ? serialDateText(v) : cellText(v);
  }
  let end = cells.length;
  while (end > width && cells[end - 1] === '') end--;
  cells.length = end;
  return cells;
}

/**
 * The rows of one worksheet part, streamed (exceljs-reader.ts). The ZIP parser's errors (and the
 * file's) reject the wait in progress: ExcelJS would wait on a damaged entry for ever.
 */
async function* sheetRows(path: string, sheet: SheetPart, entries: readonly ZipEntry[]): AsyncGenerator<ExcelJS.Row> {
  const wanted = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(sheet.part)?.[1];
  if (wanted === undefined) throw new UsageError('xlsx.part', msg.xlsx.unstreamable(path, sheet.name, sheet.part), { path });
  // one waiter at a time: racing a long-lived promise would keep a reaction (and its row) per call
  let error: unknown = null;
  let waiter: ((e: unknown) => void) | null = null;
  const fail = (e: unknown) => {
    error ??= e;
    waiter?.(e);
  };
  const next = <T>(it: AsyncIterator<T>): Promise<IteratorResult<T>> => {
    if (error !== null) return Promise.reject(error as Error);
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      waiter = reject;
      it.next().then(resolve, reject);
    });
  };
  const { reader, input } = await workbookReader(path, entries, fail);
  // the entry event comes just before its worksheet and carries the number of its part
  let current: string | undefined;
  const events = reader as unknown as EventEmitter;
  events.on('entry', (e: { type: string; id?: string }) => {
    if (e.type === 'worksheet') current = String(e.id);
  });
  let found = false;
  try {
    const parts = (reader.parse() as unknown as AsyncIterable<{ eventType: string; value: unknown }>)[Symbol.asyncIterator]();
    for (let ev = await next(parts); !ev.done; ev = await next(parts)) {
      if (ev.value.eventType !== 'worksheet' || current !== wanted) continue;
      found = true;
      const rows = (ev.value.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
      for (let r = await next(rows); !r.done; r = await next(rows)) yield r.value;
      break;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw corrupt(path, e);
  } finally {
    events.removeAllListeners('entry');
    input.destroy();
  }
  if (!found) throw corrupt(path, new Error(`sheet "${sheet.name}" (${sheet.part}) was not found in the archive`));
}

export async function openXlsx(path: string, opts: OpenXlsxOptions = {}): Promise<XlsxStream> {
  const { sheets, entries } = await checkWorkbook(path);
  const { sheet, others } = chooseSheet(path, sheets, opts.sheet);
  const notes: string[] = [];
  if (others.length > 0) notes.push(msg.xlsx.otherSheets(others.map((s) => s.name)));

  const rows = sheetRows(path, sheet, entries)[Symbol.asyncIterator]();
  const where = `${path}!${sheet.name}`;
  let header: string[] | null = null;
  let headerLine = 0;
  const pending: CsvRow[] = [];
  for (;;) {
    const r = await rows.next();
    if (r.done) break;
    const cells = rowCells(r.value, header?.length ?? 0);
    if (isBlank(cells)) continue;
    if (header === null) {
      header = cells;
      headerLine = r.value.number;
      continue;
    }
    pending.push({ line: r.value.number, cells });
    break;
  }
  if (header === null) throw new UsageError('csv.empty', msg.xlsx.emptySheet(path, sheet.name), { path });
  if (header.some((h) => /[\u0000-\u0008\u000e-\u001f\u007f]/.test(h))) {
    throw new UsageError('csv.header', msg.xlsx.headerControl(path, sheet.name, headerLine), { path, line: headerLine });
  }
  if (header.some((h) => h.trim() === '_parent_index')) notes.push(msg.xlsx.repeatSheet(sheet.name));
  const hxlRow = pending[0] && isHxl(pending[0].cells) ? pending.shift()! : null;
  const width = header.length;
  let dates: Set<number> | undefined;

  async function* batches(): AsyncGenerator<CsvRow[]> {
    let batch: CsvRow[] = pending.splice(0);
    for (;;) {
      const r = await rows.next();
      if (r.done) break;
      const cells = rowCells(r.value, width, dates);
      if (isBlank(cells)) continue;
      batch.push({ line: r.value.number, cells });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  async function* each(): AsyncGenerator<CsvRow> {
    for await (const b of batches()) yield* b;
  }
  return {
    path: where,
    format: 'xlsx',
    sheet: sheet.name,
    notes,
    encoding: 'xlsx',
    delimiter: ',',
    header,
    headerLine,
    get rows() {
      return each();
    },
    get batches() {
      return batches();
    },
    hxl: hxlRow ? hxlRow.cells : null,
    hxlLine: hxlRow ? hxlRow.line : null,
    dateCells(indices: Iterable<number>): void {
      dates = new Set(indices);
      // the first data row was read with the header: read it again as a date
      for (const p of pending) for (const i of dates) if (/^\d+(\.\d+)?$/.test(p.cells[i] ?? '')) p.cells[i] = serialDateText(Number(p.cells[i]));
    },
  };
}
