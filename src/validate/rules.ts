/**
 * The catalogue of validation rules: every issue `validate` reports names one of these (or a
 * cross-field rule of an instrument, data/schema/survey.json and data/schema/assistance.json, which has the same
 * shape). A rule checked per column has the id `<column>.<id>` (`age.range`, `sex.code`); the
 * others have their own (`row.ragged`). The README's list of rule ids is generated from here.
 */
import type { Severity } from '../model/issue.js';

export interface Rule {
  /** The id, or for a rule of a column the part after `<column>.`. */
  id: string;
  severity: Severity;
  /** Checked per column: the rule id is `<column>.<id>`. */
  perColumn?: boolean;
  /** What a valid value looks like, where it does not depend on the column. */
  expected?: string;
  /** What the rule says, in English, for the README and `--help` readers. */
  description: string;
}

const column = (id: string, severity: Severity, description: string, expected?: string): Rule => ({
  id,
  severity,
  perColumn: true,
  description,
  ...(expected !== undefined ? { expected } : {}),
});
const file = (id: string, severity: Severity, description: string, expected?: string): Rule => ({ id, severity, description, ...(expected !== undefined ? { expected } : {}) });

export const RULES = {
  columnMissing: file('column.missing', 'error', 'a required column is absent from the header (every row is rejected)'),
  columnUnknown: file('column.unknown', 'warning', 'a column the instrument does not know: kept for validation, never published'),
  columnDuplicate: file('column.duplicate', 'warning', 'two headers name the same column; the first is read'),
  columnPersonal: file('column.personal', 'warning', 'a column of personal data (name, phone, passport …): dropped at ingest'),
  headerHxl: file('header.hxl', 'warning', 'a second header row of HXL hashtags, skipped'),
  headerRepeated: file('header.repeated', 'warning', 'the header repeated in the middle of the file; the row is skipped'),
  rowQuote: file('row.quote', 'error', 'a quoted field is not closed, or text follows its closing quote', 'quotes closed before the end of the field'),
  rowRagged: file('row.ragged', 'error', 'the row has fewer cells than the header, or more that are not empty'),
  rowDuplicateId: file('row.duplicate-id', 'error', 'the id of the row was already used on an earlier line', 'an id not used before'),
  idExcelMangled: file('id.excel-mangled', 'warning', 'an id that Excel turned into scientific notation (3.56319E+14): its digits are lost', 'the id as text'),
  multiMismatch: file('multi.mismatch', 'error', 'the parent column of a select_multiple question and its 0/1 columns disagree'),
  required: column('required', 'error', 'a required value is missing', 'a value'),
  text: column('text', 'error', 'text too long or with control characters'),
  date: column('date', 'error', 'not a possible date'),
  code: column('code', 'error', 'not a code of the question (or an ISO country or currency code)'),
  number: column('number', 'error', 'not a number'),
  integer: column('integer', 'error', 'not a whole number'),
  range: column('range', 'error', 'a number outside the range of the question, or a date before 2000 or after the data cut-off'),
  ambiguousSeparator: column('ambiguous-separator', 'warning', 'a number whose separator could be a thousands or a decimal separator (1,234): read one way, check it'),
  split: column('split', 'error', 'a 0/1 column of a select_multiple question holds something else', '1 or 0'),
  pattern: column('pattern', 'warning', 'text without the form the column declares (survey_round: R1, R2 …): withheld, read as missing'),
  personal: column('personal', 'warning', 'free text that looks like personal data (a phone number, an e-mail address, coordinates, a name): withheld, read as missing'),
  unknown: column('unknown', 'warning', 'a province that matches no place of the country (shown as "Unknown province")'),
} as const satisfies Record<string, Rule>;

/** The id an issue of `rule` carries, for a rule of a column: `<column>.<id>`. */
export function ruleId(rule: Rule, column: string | null): string {
  return rule.perColumn === true ? `${column ?? '(row)'}.${rule.id}` : rule.id;
}
