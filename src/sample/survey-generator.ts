/**
 * The synthetic `survey` sample: one respondent per row, every canonical column of the instrument
 * in declaration order (weight only with `weighted`), deterministic for a seed. Rows are produced
 * one at a time so that a million rows take no more memory than ten.
 */
import { DateFormatter, dayOf } from './calendar.js';
import { Rng } from './random.js';
import { COUNTRY_CHOICE, INTERVIEW_FROM, INTERVIEW_TO, RETURNS_FROM, SURVEY_ROUND } from './survey-frame.js';
import { SURVEY_FIELDS, SurveyRowDrawer } from './survey-row.js';

export const DEFAULT_SURVEY_ROWS = 4000;

export interface SurveySampleOptions {
  rows: number;
  seed: number;
  weighted: boolean;
}

export type SurveyRecord = Record<string, string>;

const WEIGHT = SURVEY_FIELDS.indexOf('weight');

/** The header: the instrument's columns in declaration order, `weight` only when weighted. */
export function surveyHeader(weightedSample: boolean): string[] {
  return SURVEY_FIELDS.filter((n) => weightedSample || n !== 'weight');
}

/** The respondents as field arrays in SURVEY_FIELDS order (`weight` always present, maybe ''). */
function* surveyRows(opts: SurveySampleOptions): Generator<string[]> {
  const rng = new Rng(opts.seed, 'survey');
  const from = dayOf(INTERVIEW_FROM);
  const span = dayOf(INTERVIEW_TO) - from + 1;
  const drawer = new SurveyRowDrawer(rng, new DateFormatter(dayOf(RETURNS_FROM), from + span - 1), opts.weighted);
  const width = Math.max(5, String(opts.rows).length);
  for (let i = 0; i < opts.rows; i++) {
    const frame = COUNTRY_CHOICE.draw(rng);
    const day = from + Math.floor((i * span) / opts.rows);
    yield drawer.draw(frame, day, `${SURVEY_ROUND}-${frame.iso3}-${String(i + 1).padStart(width, '0')}`);
  }
}

/** The respondents as records keyed by column name (all columns present, '' when empty). */
export function* surveyRecords(opts: SurveySampleOptions): Generator<SurveyRecord> {
  const header = surveyHeader(opts.weighted);
  const indexes = header.map((n) => (SURVEY_FIELDS as readonly string[]).indexOf(n));
  for (const fields of surveyRows(opts)) {
    const record: SurveyRecord = {};
    header.forEach((name, i) => (record[name] = fields[indexes[i] as number] ?? ''));
    yield record;
  }
}

/** The whole file as lines: the header, then one line per respondent. */
export function* surveyLines(opts: SurveySampleOptions): Generator<string> {
  yield surveyHeader(opts.weighted).join(',');
  for (const fields of surveyRows(opts)) {
    if (!opts.weighted) fields.splice(WEIGHT, 1);
    yield fields.join(',');
  }
}
