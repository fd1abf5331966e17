/**
 * The one CSV writer of the code base (tables/*.csv, `query` output, `validate --report`, the
 * files `bulletin sample` writes), safe against formula injection (OWASP "CSV Injection") in every
 * locale:
 *
 * - a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
 *   number, gets a leading `'`, so that Excel, LibreOffice and Google Sheets show it as text;
 * - the same inside a cell after a `,`, a `;` or a tab: spreadsheets set to a locale whose list
 *   separator is `;` (Russian Excel) split an unquoted `x;=1+2;y` into three cells and would run
 *   the middle one, so it is written `x;'=1+2;y`;
 * - every text cell is quoted (RFC 4180), so that a reader that honours quotes never splits it.
 *
 * Numbers are written as numbers (`-5` stays `-5`, unquoted), text that is a number too.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA = /[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const STARTS_FORMULA = new Set(['=', '+', '-', '@', '\t', '\r']);
const SPLITS = new Set([',', ';', '\t']);

/** The cell as text, neutralised wherever a spreadsheet would read a formula; not quoted. */
export function safeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (NUMBER.test(cell) || !FORMULA.test(cell)) return cell;
  // a `'` before a formula character at the start of the cell and after every `,` `;` or tab:
  // the starts of the parts that a reader splitting on any of them sees
  let out = '';
  let partStart = true;
  for (const ch of cell) {
    if (partStart && STARTS_FORMULA.has(ch)) out += "'";
    out += ch;
    partStart = SPLITS.has(ch);
  }
  return out;
}

/** Whether a cell is written as a number (unquoted). */
function isNumeric(cell: CsvCell): boolean {
  return typeof cell === 'number' || typeof cell === 'boolean' || (typeof cell === 'string' && NUMBER.test(cell));
}

export interface CsvFieldOptions {
  /**
   * Quote only the cells that hold a delimiter, a quote, a line break or edge spaces (the input
   * files `bulletin sample` writes, whose bytes are fixed). Formula neutralisation is the same.
   */
  minimalQuotes?: boolean;
}

/** One field: neutralised, then quoted (every text cell; with `minimalQuotes` only when needed). */
export function csvField(cell: CsvCell, opts: CsvFieldOptions = {}): string {
  const s = safeCell(cell);
  if (cell === null || cell === undefined || s === '') return '';
  const needs = /[",;\r\n\t]/.test(s) || s !== s.trim();
  if (opts.minimalQuotes ? needs : needs || !isNumeric(cell)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** One line of fields, without its line end. */
export function csvLine(cells: readonly CsvCell[], opts: CsvFieldOptions = {}): string {
  return cells.map((c) => csvField(c, opts)).join(',');
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
  return (opts.bom ? UTF8_BOM : '') + [csvLine(header), ...rows.map((r) => csvLine(r))].join('\n') + '\n';
}
