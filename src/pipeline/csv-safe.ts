/**
 * CSV for spreadsheets, safe against formula injection: a text cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, and is not a number, gets a leading `'` so that Excel,
 * LibreOffice and Google Sheets show it as text instead of running it (OWASP "CSV Injection").
 * Numbers are written as numbers (`-5` stays `-5`). Fields are quoted per RFC 4180 when needed.
 */
export type CsvCell = string | number | boolean | null | undefined;

const DANGEROUS = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The cell as text, neutralised when a spreadsheet would read it as a formula. */
export function safeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (DANGEROUS.test(cell) && !NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The UTF-8 byte-order mark. Excel reads a CSV file without it in the machine's ANSI code page
 * (Windows-1252 or -1251), which garbles Russian labels; with it, as UTF-8. R's readr, pandas and
 * papaparse skip it. Files that people open get it; stdout (`query`) does not.
 */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (files meant to be opened in a spreadsheet). */
  bom?: boolean;
}

/** A whole CSV document: header, then rows; `\n` line ends; UTF-8, with a BOM only when asked. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  const line = (cells: readonly CsvCell[]) => cells.map((c) => quote(safeCell(c))).join(',');
  return (opts.bom ? UTF8_BOM : '') + [line(header), ...rows.map(line)].join('\n') + '\n';
}
