/** Messages of XLSX input (ingest/xlsx/) and of `bulletin mapping` (mapping/). */
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

export const xlsx = {
  protected: (path: string) =>
    `${path} is a password-protected (encrypted) workbook: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx`,
  oldExcel: (path: string) => `${path} is an old Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx or CSV UTF-8`,
  macros: (path: string) =>
    `${path} is a macro-enabled workbook (it holds a VBA project): bulletin does not open workbooks with macros; save it as an Excel workbook (.xlsx) or CSV`,
  corrupt: (path: string, why: string) => `${path} cannot be read as an Excel workbook (.xlsx): ${why}; open it in Excel and save it again, or export CSV`,
  notZip: (path: string) => `${path} is not an Excel workbook (.xlsx): it is not a ZIP archive, as every .xlsx is (a CSV or text file?)`,
  notWorkbook: (path: string) => `${path} is a ZIP archive but not an Excel workbook (no xl/workbook.xml)`,
  noSheet: (path: string, sheet: string, sheets: readonly string[]) => `${path} has no sheet "${sheet}": its sheets are ${list(sheets)}`,
  noVisibleSheet: (path: string) => `${path} has no visible sheet to read: give one with --sheet NAME`,
  unstreamable: (path: string, sheet: string, part: string) => `${path}: sheet "${sheet}" is stored as ${part}, which cannot be streamed; open the workbook in Excel and save it again`,
  isForm: (path: string) =>
    `${path} is an XLSForm (sheets survey and choices), not a data export: to propose a mapping from it, run bulletin mapping ${path}`,
  emptySheet: (path: string, sheet: string) => `${path}: sheet "${sheet}" is empty`,
  headerControl: (path: string, sheet: string, row: number) => `${path}: the header of sheet "${sheet}" (row ${row}) holds control characters`,
  otherSheets: (sheets: readonly string[]) =>
    `sheets not read: ${list(sheets)} (a Kobo export keeps each repeat group in a sheet of its own); --sheet NAME reads another sheet`,
  repeatSheet: (sheet: string) =>
    `sheet "${sheet}" looks like a Kobo repeat group (it has a _parent_index column): one row per repeat, not per respondent`,
  sheetOption: () => 'the sheet of an Excel workbook to read (default: the first visible sheet, the main sheet of a Kobo export)',
  notForm: (path: string, sheets: readonly string[]) => `${path} is not an XLSForm: it has no sheet "survey" (its sheets are ${list(sheets)})`,
  formColumns: (path: string, sheet: string, columns: string) => `${path}: the ${sheet} sheet has no column ${columns}`,
};
