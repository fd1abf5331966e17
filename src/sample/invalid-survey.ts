/**
 * Builds data-samples/survey-invalid.csv deterministically: the valid base sample of
 * INVALID_BASE with one split column added, then the changes listed in invalid-cases.ts.
 */
import { csvLine } from '../text/csv-safe.js';
import { INVALID_BASE, INVALID_CASES, type InvalidCase } from './invalid-cases.js';
import { surveyHeader, surveyRecords, type SurveyRecord } from './survey-generator.js';

export function* invalidSurveyLines(): Generator<string> {
  const header = [...surveyHeader(false), INVALID_BASE.splitColumn];
  const records = [...surveyRecords({ rows: INVALID_BASE.rows, seed: INVALID_BASE.seed, weighted: false })];
  for (const r of records) r[INVALID_BASE.splitColumn] = splitValue(r);
  const byLine = new Map<number, InvalidCase>(INVALID_CASES.map((c) => [c.line, c]));
  yield csvLine(header, { minimalQuotes: true });
  for (let i = 0; i < records.length; i++) {
    const line = i + 2;
    const record = { ...(records[i] as SurveyRecord) };
    const c = byLine.get(line);
    let fields = header.map((h) => record[h] ?? '');
    if (c) fields = header.map((h) => apply(c, record, records)[h] ?? '');
    if (c?.dropFields) fields = fields.slice(0, fields.length - c.dropFields);
    yield csvLine(fields, { minimalQuotes: true });
  }
}

function splitValue(r: SurveyRecord): string {
  const parent = r.priority_needs ?? '';
  if (parent === '') return '';
  return parent.split(' ').includes('food') ? '1' : '0';
}

function apply(c: InvalidCase, record: SurveyRecord, all: readonly SurveyRecord[]): SurveyRecord {
  const r = { ...record };
  if (c.requires?.population_group && r.population_group !== c.requires.population_group) {
    throw new Error(`invalid sample: line ${c.line} is not a ${c.requires.population_group}`);
  }
  if (c.requires?.hasAmount && !r.remittance_amount) throw new Error(`invalid sample: line ${c.line} has no amount`);
  if (c.dropFields) return r;
  if (c.duplicateOfLine !== undefined) {
    r.response_id = all[c.duplicateOfLine - 2]?.response_id ?? '';
  } else if (c.column === INVALID_BASE.splitColumn) {
    r[c.column] = r[c.column] === '1' ? '0' : '1';
  } else {
    r[c.column] = c.value;
  }
  for (const [k, v] of Object.entries(c.also ?? {})) r[k] = v;
  return r;
}
