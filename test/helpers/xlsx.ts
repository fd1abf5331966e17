/**
 * Builds Excel workbooks for tests with ExcelJS's streaming writer (so that 100k rows stay cheap):
 * each sheet a list of rows of cell values (string, number, boolean, Date, rich text, null).
 */
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | boolean | Date | null | { richText: Array<{ text: string; font?: Partial<ExcelJS.Font> }> };

export interface XlsxSheet {
  name: string;
  rows: Iterable<XlsxCell[]>;
  /** Number format of Date cells (default yyyy-mm-dd). */
  dateFormat?: string;
  state?: 'visible' | 'hidden';
}

export async function writeXlsx(path: string, sheets: XlsxSheet[], opts: { sharedStrings?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: opts.sharedStrings ?? true, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    for (const cells of s.rows) {
      const row = ws.addRow(cells.map((c) => (c === null ? null : c)));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = s.dateFormat ?? 'yyyy-mm-dd';
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/** An XLSForm (survey, choices, settings sheets) as a country office writes one. */
export async function writeXlsForm(path: string, form: { survey: XlsxCell[][]; choices: XlsxCell[][]; settings?: XlsxCell[][] }): Promise<void> {
  const sheets: XlsxSheet[] = [
    { name: 'survey', rows: form.survey },
    { name: 'choices', rows: form.choices },
  ];
  if (form.settings) sheets.push({ name: 'settings', rows: form.settings });
  await writeXlsx(path, sheets);
}
