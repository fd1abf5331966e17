/**
 * Opens an input file as a record stream, chosen by its content rather than its name: a ZIP
 * (PK 03 04) is read as an Excel workbook (xlsx/read-xlsx.ts), an OLE compound file (D0 CF 11 E0)
 * is refused with what it is (a password-protected workbook or an old .xls), anything else is CSV
 * (read-csv.ts). Every command that reads an export opens it here.
 */
import { open, stat } from 'node:fs/promises';
import { openCsv, type CsvStream, type OpenCsvOptions } from './read-csv.js';
import { isOle } from './xlsx/ole.js';
import type { XlsxStream } from './xlsx/read-xlsx.js';

export interface OpenInputOptions extends OpenCsvOptions {
  /** The sheet of a workbook to read (`--sheet`). */
  sheet?: string;
}

export type InputStream = CsvStream | XlsxStream;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

async function head(path: string): Promise<Uint8Array | null> {
  try {
    // only a regular file is opened twice (here, then by its reader): a named pipe (mkfifo) opened
    // here and closed would lose its writer's bytes, and the reader's open would wait for ever
    if (!(await stat(path)).isFile()) return null;
    const fh = await open(path, 'r');
    try {
      const buf = new Uint8Array(8);
      const { bytesRead } = await fh.read(buf, 0, 8, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    return null; // openCsv says why the file cannot be read
  }
}

export function isXlsxStream(s: CsvStream): s is XlsxStream {
  return (s as Partial<XlsxStream>).format === 'xlsx';
}

export async function openInput(path: string, opts: OpenInputOptions = {}): Promise<InputStream> {
  const h = await head(path);
  if (h && ZIP.every((b, i) => h[i] === b)) {
    const { openXlsx } = await import('./xlsx/read-xlsx.js');
    return openXlsx(path, opts.sheet !== undefined ? { sheet: opts.sheet } : {});
  }
  if (h && isOle(h)) await (await import('./xlsx/check-workbook.js')).refuseOle(path, h);
  return openCsv(path, { ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}), ...(opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {}), ...(opts.hash === false ? { hash: false } : {}) });
}
