/**
 * Test fixtures as a country office has them: an XLSForm adapted from the regional survey form,
 * and Kobo-style exports (group prefixes, split select_multiple columns, metadata columns, dates
 * as date cells in XLSX) of canonical rows, as CSV and as XLSX from the same data.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import { NON_RESPONSE, YES_NO } from '../../src/schema/codes.js';
import type { Column } from '../../src/schema/instruments.js';
import { writeXlsForm, writeXlsx, type XlsxCell } from './xlsx.js';

const SAMPLE = new URL('../../data-samples/survey.csv', import.meta.url);

/** The first `n` rows of the bundled survey sample: header and records. */
export function canonicalRows(n: number): { header: string[]; rows: string[][] } {
  const all = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8').trim(), {}).data;
  return { header: all[0]!, rows: all.slice(1, n + 1) };
}

export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `${Papa.unparse([header as string[], ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))], { newline: '\n' })}\n`;
}

/** One question of the adapted form. */
interface FormField {
  column: Column;
  name: string;
  group: string;
  type: string;
  labels: { en: string; ru: string };
  /** Choice list: form code → canonical code, with labels. */
  choices?: Array<{ code: string; canonical: string; en: string; ru: string }>;
}

const INST = INSTRUMENTS.survey;
const GROUP: Record<string, string> = { sex: 'grp_profile', age: 'grp_profile', remittance_amount: 'grp_remit', remittance_currency: 'grp_remit', migration_reason: 'grp_mig' };

/** The adaptation: renamed questions, recoded choices (1/2, m/f), education dropped, two questions added. */
export const ADAPTED = {
  renamed: { sex: 'q_sex', age: 'q_age', remittance_amount: 'amount_rub', interview_date: 'date_interview', population_group: 'q_popgroup', consent: 'q_consent', migration_reason: 'q_mig_reasons' } as Record<string, string>,
  dropped: 'education',
  added: ['q_phone_type', 'remit_usd'],
};

function choicesOf(c: Column): FormField['choices'] {
  if (c.name === 'sex') return [{ code: 'm', canonical: 'male', en: 'Male', ru: 'Мужской' }, { code: 'f', canonical: 'female', en: 'Female', ru: 'Женский' }];
  if (c.type === 'yesno') {
    const yn = [{ code: '1', canonical: 'yes', en: YES_NO[0]!.label.en, ru: YES_NO[0]!.label.ru }, { code: '2', canonical: 'no', en: YES_NO[1]!.label.en, ru: YES_NO[1]!.label.ru }];
    return c.nonResponse ? [...yn, { code: '98', canonical: 'dnk', en: NON_RESPONSE[0]!.label.en, ru: NON_RESPONSE[0]!.label.ru }, { code: '99', canonical: 'pnta', en: NON_RESPONSE[1]!.label.en, ru: NON_RESPONSE[1]!.label.ru }] : yn;
  }
  const codes = [...(c.codes ?? []), ...(c.nonResponse && c.type !== 'multi' ? NON_RESPONSE : [])];
  const numbered = c.name === 'population_group' || c.name === 'migration_reason';
  return codes.map((k, i) => ({ code: numbered ? String(i + 1) : k.code, canonical: k.code, en: k.label.en, ru: k.label.ru }));
}

function formType(c: Column, list: string): string {
  switch (c.type) {
    case 'code':
    case 'yesno':
      return `select_one ${list}`;
    case 'multi':
      return `select_multiple ${list}`;
    case 'integer':
      return 'integer';
    case 'number':
      return 'decimal';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
}

export function adaptedFields(): FormField[] {
  return INST.columns
    .filter((c) => c.name !== ADAPTED.dropped)
    .map((c) => {
      const name = ADAPTED.renamed[c.name] ?? c.name;
      const list = c.type === 'yesno' ? (c.nonResponse ? 'yes_no_dk' : 'yes_no') : `l_${name}`;
      const f: FormField = { column: c, name, group: GROUP[c.name] ?? 'grp_main', type: formType(c, list), labels: c.label };
      if (c.type === 'code' || c.type === 'yesno' || c.type === 'multi') f.choices = choicesOf(c);
      if (c.name === 'age') f.labels = { en: 'Age of respondent', ru: 'Возраст респондента' };
      return f;
    });
}

/** The adapted XLSForm, written to `path`; label columns spelled as Kobo writes them. */
export async function writeAdaptedForm(path: string, labelHeaders: [string, string] = ['label::English (en)', 'label::Russian (ru)']): Promise<void> {
  const fields = adaptedFields();
  const survey: XlsxCell[][] = [['type', 'name', ...labelHeaders, 'required'], ['start', 'start', null, null, null], ['end', 'end', null, null, null]];
  const choices: XlsxCell[][] = [['list_name', 'name', ...labelHeaders]];
  const lists = new Set<string>();
  let group = '';
  for (const f of fields) {
    if (f.group !== group) {
      if (group !== '') survey.push(['end_group', null, null, null, null]);
      survey.push(['begin_group', f.group, f.group, f.group, null]);
      group = f.group;
    }
    survey.push([f.type, f.name, f.labels.en, f.labels.ru, f.column.required ? 'true' : null]);
    const list = f.type.split(' ')[1];
    if (list && f.choices && !lists.has(list)) {
      lists.add(list);
      for (const ch of f.choices) choices.push([list, ch.code, ch.en, ch.ru]);
    }
  }
  survey.push(['end_group', null, null, null, null]);
  // added by the office: a question of its own, and one close to an instrument question
  survey.push(['select_one phone', 'q_phone_type', 'Type of mobile phone', 'Тип мобильного телефона', null]);
  survey.push(['decimal', 'remit_usd', 'Remittance amount (USD)', 'Сумма перевода (USD)', null]);
  choices.push(['phone', 'smart', 'Smartphone', 'Смартфон'], ['phone', 'basic', 'Basic phone', 'Кнопочный телефон']);
  await writeXlsForm(path, { survey, choices, settings: [['form_title', 'version'], ['Survey KGZ (adapted)', '2024-05']] });
}

export type ExportStyle = 'adapted' | 'kobo-labels';

/**
 * An export of canonical rows. `adapted`: the adapted form's names and codes (values as codes).
 * `kobo-labels`: the instrument's names under group prefixes, single choices as Russian labels.
 * Both: split columns for select_multiple questions, Kobo metadata columns, and in XLSX numbers
 * as number cells and dates as date cells.
 */
export function koboExport(n: number, style: ExportStyle): { header: string[]; rows: XlsxCell[][] } {
  const { header: ch, rows } = canonicalRows(n);
  const at = new Map(ch.map((h, i) => [h, i]));
  const fields =
    style === 'adapted'
      ? adaptedFields()
      : INST.columns.filter((c) => at.has(c.name)).map((c): FormField => ({ column: c, name: c.name, group: GROUP[c.name] ?? 'grp_main', type: '', labels: c.label, ...(c.type === 'multi' ? { choices: (c.codes ?? []).map((k) => ({ code: k.code, canonical: k.code, en: k.label.en, ru: k.label.ru })) } : {}) }));
  const header: string[] = ['start', 'end'];
  for (const f of fields) {
    header.push(`${f.group}/${f.name}`);
    if (f.column.type === 'multi') for (const ch2 of f.choices!) header.push(`${f.group}/${f.name}/${ch2.code}`);
  }
  if (style === 'adapted') header.push('q_phone_type', 'remit_usd');
  header.push('_id', '_uuid', '_submission_time', '_index');
  const out: XlsxCell[][] = rows.map((r, k) => {
    const cells: XlsxCell[] = [new Date(Date.UTC(2024, 4, 1, 9, 30, 0)), new Date(Date.UTC(2024, 4, 1, 9, 55, 12))];
    for (const f of fields) {
      const v = r[at.get(f.column.name)!] ?? '';
      const c = f.column;
      if (c.type === 'multi') {
        const chosen = new Set(v.split(' ').filter((t) => t !== ''));
        const toForm = new Map(f.choices!.map((x) => [x.canonical, x.code]));
        cells.push(v === '' ? null : [...chosen].map((t) => toForm.get(t) ?? t).join(' '));
        for (const x of f.choices!) cells.push(v === '' ? null : chosen.has(x.canonical) ? 1 : 0);
        continue;
      }
      if (v === '') cells.push(null);
      else if (c.type === 'integer' || c.type === 'number') cells.push(Number(v));
      else if (c.type === 'date') cells.push(new Date(`${v}T00:00:00Z`));
      else if (style === 'adapted' && f.choices) cells.push(f.choices.find((x) => x.canonical === v)?.code ?? v);
      else if (style === 'kobo-labels' && (c.type === 'code' || c.type === 'yesno')) {
        const codes = c.type === 'yesno' ? [...YES_NO, ...NON_RESPONSE] : [...(c.codes ?? []), ...NON_RESPONSE];
        cells.push(codes.find((x) => x.code === v)?.label.ru ?? v);
      } else cells.push(v);
    }
    if (style === 'adapted') cells.push(k % 3 === 0 ? 'basic' : 'smart', k % 4 === 0 ? null : 100 + (k % 7) * 25.5);
    cells.push(1000 + k, `uuid-${k}`, new Date(Date.UTC(2024, 4, 2, 10, 0, k % 60)), k + 1);
    return cells;
  });
  return { header, rows: out };
}

/** The same export as CSV text (dates as Kobo writes them in CSV) and as an XLSX file. */
export async function writeExport(
  n: number,
  style: ExportStyle,
  csvPath: string,
  xlsxPath: string,
  opts: { sheet?: string; edit?: (header: string[], rows: XlsxCell[][]) => void; sharedStrings?: boolean } = {},
): Promise<void> {
  const sheet = opts.sheet ?? 'Survey KGZ (adapted)';
  const { header, rows } = koboExport(n, style);
  opts.edit?.(header, rows);
  const text = (c: XlsxCell): string | null => {
    if (c === null) return null;
    if (c instanceof Date) {
      const iso = c.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '');
    }
    if (typeof c === 'object') return c.richText.map((r) => r.text).join('');
    return String(c);
  };
  const { writeFileSync } = await import('node:fs');
  writeFileSync(csvPath, csvText(header, rows.map((r) => r.map(text))));
  await writeXlsx(xlsxPath, [
    { name: sheet, rows: [header, ...rows] },
    { name: 'hh_members', rows: [['member_age', '_index', '_parent_table_name', '_parent_index'], [34, 1, sheet, 1]] },
  ], opts.sharedStrings !== undefined ? { sharedStrings: opts.sharedStrings } : {});
}
