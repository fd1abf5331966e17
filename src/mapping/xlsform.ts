/**
 * Reads an XLSForm (`survey` and `choices` sheets; `settings` optional): the questions with their
 * type, name, group path and English and Russian labels, and the choice lists. Forms are small, so
 * the workbook is read whole with ExcelJS, after the same checks as an export
 * (ingest/xlsx/check-workbook.ts: protected, damaged or macro-enabled workbooks exit 2).
 */
import ExcelJS from 'exceljs';
import { UsageError } from '../errors.js';
import { checkWorkbook, corruptWorkbook } from '../ingest/xlsx/check-workbook.js';
import { cellText } from '../ingest/xlsx/cell-text.js';
import { msg } from '../messages/index.js';
import { isCyrillic, labelColumnLanguage } from './label-columns.js';

interface Labels {
  en?: string;
  ru?: string;
}

export interface FormChoice {
  name: string;
  labels: Labels;
}

export type FormType = 'select_one' | 'select_multiple' | 'integer' | 'decimal' | 'date' | 'datetime' | 'text' | 'calculate' | 'other';

export interface FormQuestion {
  /** The row of the survey sheet. */
  row: number;
  type: FormType;
  /** The type as written (`select_one sex_list`). */
  rawType: string;
  name: string;
  /** The groups around it: `grp_remit/amount_rub` is the header of its column in a Kobo export. */
  path: string;
  labels: Labels;
  /** The choice list of a select question. */
  list?: string;
}

export interface XlsForm {
  path: string;
  questions: FormQuestion[];
  choices: Map<string, FormChoice[]>;
  /** The label columns found, as written. */
  labelColumns: string[];
}

const SKIP = /^(begin[ _]group|end[ _]group|begin[ _]repeat|end[ _]repeat|note|start|end|today|deviceid|subscriberid|simserial|phonenumber|username|audit|geopoint|geotrace|geoshape|image|audio|video|file|barcode|acknowledge|hidden|range|rank|background-audio|start-geopoint|xml-external|csv-external)$/i;

function baseType(t: string): FormType {
  const head = t.trim().split(/\s+/)[0]!.toLowerCase();
  if (head === 'select_one' || head === 'select1' || head === 'select_one_from_file') return 'select_one';
  if (head === 'select_multiple' || head === 'select_multiple_from_file') return 'select_multiple';
  if (head === 'integer' || head === 'int') return 'integer';
  if (head === 'decimal') return 'decimal';
  if (head === 'date') return 'date';
  if (head === 'datetime' || head === 'dateTime') return 'datetime';
  if (head === 'text' || head === 'string') return 'text';
  if (head === 'calculate') return 'calculate';
  return 'other';
}

interface Table {
  header: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

function table(ws: ExcelJS.Worksheet): Table {
  const rows: Table['rows'] = [];
  let header: string[] | null = null;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as unknown[];
    const cells = values.slice(1).map((v) => cellText(v).trim());
    if (cells.every((c) => c === '')) return;
    if (header === null) header = cells.map((c) => c.trim());
    else rows.push({ row: n, cells });
  });
  return { header: header ?? [], rows };
}

function labelsOf(header: readonly string[], cells: readonly string[]): Labels {
  const out: Labels = {};
  header.forEach((h, i) => {
    const lang = labelColumnLanguage(h);
    const text = cells[i] ?? '';
    if (lang === null || text === '') return;
    const l = lang === 'default' ? (isCyrillic(text) ? 'ru' : 'en') : lang;
    if (out[l] === undefined || lang !== 'default') out[l] = text;
  });
  return out;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((w) => w.name.trim().toLowerCase() === name);
}

export async function readXlsForm(path: string): Promise<XlsForm> {
  const { sheets } = await checkWorkbook(path);
  const names = sheets.map((s) => s.name.trim().toLowerCase());
  if (!names.includes('survey')) throw new UsageError('form.sheets', msg.xlsx.notForm(path, sheets.map((s) => s.name)), { path });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw corruptWorkbook(path, e);
  }
  const survey = table(sheet(wb, 'survey')!);
  const col = (t: Table, ...names: string[]) => t.header.findIndex((h) => names.includes(h.toLowerCase().replace(/\s+/g, '_')));
  const typeAt = col(survey, 'type');
  const nameAt = col(survey, 'name', 'value');
  if (typeAt < 0 || nameAt < 0) throw new UsageError('form.columns', msg.xlsx.formColumns(path, 'survey', 'type, name'), { path });

  const questions: FormQuestion[] = [];
  const groups: string[] = [];
  for (const { row, cells } of survey.rows) {
    const rawType = cells[typeAt] ?? '';
    const name = cells[nameAt] ?? '';
    if (/^begin[ _](group|repeat)$/i.test(rawType)) {
      groups.push(name);
      continue;
    }
    if (/^end[ _](group|repeat)$/i.test(rawType)) {
      groups.pop();
      continue;
    }
    if (name === '' || SKIP.test(rawType.trim().split(/\s+/)[0] ?? '')) continue;
    const type = baseType(rawType);
    const q: FormQuestion = { row, type, rawType, name, path: [...groups.filter((g) => g !== ''), name].join('/'), labels: labelsOf(survey.header, cells) };
    if (type === 'select_one' || type === 'select_multiple') {
      const list = rawType.trim().split(/\s+/)[1];
      if (list !== undefined) q.list = list;
    }
    questions.push(q);
  }

  const choices = new Map<string, FormChoice[]>();
  const cs = sheet(wb, 'choices');
  if (cs) {
    const t = table(cs);
    const listAt = col(t, 'list_name', 'list');
    const cname = col(t, 'name', 'value');
    if (listAt < 0 || cname < 0) throw new UsageError('form.columns', msg.xlsx.formColumns(path, 'choices', 'list_name, name'), { path });
    for (const { cells } of t.rows) {
      const list = cells[listAt] ?? '';
      const name = cells[cname] ?? '';
      if (list === '' || name === '') continue;
      let l = choices.get(list);
      if (!l) choices.set(list, (l = []));
      l.push({ name, labels: labelsOf(t.header, cells) });
    }
  }
  const labelColumns = survey.header.filter((h) => labelColumnLanguage(h) !== null);
  return { path, questions, choices, labelColumns };
}
