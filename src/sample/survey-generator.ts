/**
 * The synthetic `survey` sample: one respondent per row, every canonical column of the instrument
 * in declaration order (weight only with `weighted`), deterministic for a seed. Rows are produced
 * one at a time so that a million rows take no more memory than ten.
 */
import { instrument } from '../schema/instruments.js';
import { Weighted, weighted } from './choice.js';
import { DateFormatter, dayOf } from './calendar.js';
import { csvField } from './csv-field.js';
import { Rng } from './random.js';
import { COUNTRY_CHOICE, INTERVIEW_FROM, INTERVIEW_TO, SURVEY_ROUND, type CountryFrame } from './survey-frame.js';
import { SURVEY_PLACES, type SurveyProvince } from './survey-places.js';
import { drawProfile } from './survey-profile.js';
import { drawTrajectory } from './survey-trajectory.js';
import { drawRemittances } from './survey-remittances.js';
import { drawEmployment } from './survey-employment.js';
import { drawCovid } from './survey-covid.js';

export const DEFAULT_SURVEY_ROWS = 4000;
/** Share of respondents who decline the interview (consent = no: only the screening columns). */
export const CONSENT_NO_RATE = 0.005;

export interface SurveySampleOptions {
  rows: number;
  seed: number;
  weighted: boolean;
}

export type SurveyRecord = Record<string, string>;

/** The header: the instrument's columns in declaration order, `weight` only when weighted. */
export function surveyHeader(weightedSample: boolean): string[] {
  return instrument('survey')
    .columns.map((c) => c.name)
    .filter((n) => weightedSample || n !== 'weight');
}

interface PlaceChooser {
  province: Weighted<SurveyProvince>;
  spelling: Map<SurveyProvince, Weighted<string>>;
}

function placeChoosers(): Map<string, PlaceChooser> {
  const out = new Map<string, PlaceChooser>();
  for (const [iso3, provinces] of Object.entries(SURVEY_PLACES)) {
    out.set(iso3, {
      province: new Weighted(provinces.map((p) => [p, p.share] as const)),
      spelling: new Map(provinces.map((p) => [p, weighted(p.spellings)])),
    });
  }
  return out;
}

/** The respondents, as records keyed by column name (all columns present, '' when empty). */
export function* surveyRecords(opts: SurveySampleOptions): Generator<SurveyRecord> {
  const rng = new Rng(opts.seed, 'survey');
  const places = placeChoosers();
  const dates = new DateFormatter();
  const from = dayOf(INTERVIEW_FROM);
  const span = dayOf(INTERVIEW_TO) - from + 1;
  const width = Math.max(5, String(opts.rows).length);
  for (let i = 0; i < opts.rows; i++) {
    const frame = COUNTRY_CHOICE.draw(rng);
    const day = from + Math.floor((i * span) / opts.rows);
    const id = `${SURVEY_ROUND}-${frame.iso3}-${String(i + 1).padStart(width, '0')}`;
    yield drawRecord(rng, frame, day, id, places, dates, opts.weighted);
  }
}

function drawRecord(
  rng: Rng,
  frame: CountryFrame,
  day: number,
  id: string,
  places: Map<string, PlaceChooser>,
  dates: DateFormatter,
  weightedSample: boolean,
): SurveyRecord {
  const chooser = places.get(frame.iso3);
  if (!chooser) throw new Error(`sample: no places for ${frame.iso3}`);
  const province = chooser.province.draw(rng);
  const spell = (p: SurveyProvince) => (chooser.spelling.get(p) as Weighted<string>).draw(rng);
  const profile = drawProfile(rng, frame);
  const weight = weightedSample
    ? (frame.weight[profile.sex] * (0.8 + 0.4 * rng.next())).toFixed(2)
    : '';
  const screening = {
    response_id: id,
    survey_round: SURVEY_ROUND,
    interview_date: dates.format(day),
    country: frame.iso3,
    admin1: spell(province),
    population_group: frame.group,
    weight,
    sex: profile.sex,
    age: String(profile.age),
    citizenship: frame.citizenship.draw(rng),
  };
  if (rng.chance(CONSENT_NO_RATE)) return declined(screening);
  const stranded = frame.group === 'stranded_migrant';
  const trajectory = drawTrajectory(rng, frame, day);
  const origin = stranded ? '' : spell(trajectory.origin_admin1_same ? province : chooser.province.draw(rng));
  const remittances = drawRemittances(rng, profile.sex, frame.group, trajectory.last_country_abroad);
  const employment = drawEmployment(rng, profile.sex, profile.age, stranded);
  const covid = drawCovid(rng, {
    sex: profile.sex,
    age: profile.age,
    stranded,
    lostJob: employment.lost_job_covid === 'yes',
    byAir: trajectory.return_transport === 'air',
  });
  const t = trajectory;
  const m = remittances;
  const e = employment;
  return {
    response_id: screening.response_id,
    survey_round: screening.survey_round,
    interview_date: screening.interview_date,
    country: screening.country,
    admin1: screening.admin1,
    population_group: screening.population_group,
    weight,
    consent: 'yes',
    sex: screening.sex,
    age: screening.age,
    citizenship: screening.citizenship,
    marital_status: profile.marital_status,
    education: profile.education,
    household_size: profile.household_size,
    children_in_household: profile.children_in_household,
    main_breadwinner: profile.main_breadwinner,
    origin_admin1: origin,
    last_country_abroad: t.last_country_abroad,
    months_abroad: t.months_abroad,
    migration_reason: t.migration_reason,
    return_date: t.returnDay === undefined ? '' : dates.format(t.returnDay),
    return_reason: t.return_reason,
    return_transport: t.return_transport,
    stranded_reason: t.stranded_reason,
    months_stranded: t.months_stranded,
    remigration_intention: t.remigration_intention,
    remigration_country: t.remigration_country,
    remitted_before_covid: m.remitted_before_covid,
    remittance_frequency: m.remittance_frequency,
    remittance_amount: m.remittance_amount,
    remittance_currency: m.remittance_currency,
    remittance_change: m.remittance_change,
    remittance_channel: m.remittance_channel,
    remittance_use: m.remittance_use,
    household_remittance_share: m.household_remittance_share,
    employment_before: e.employment_before,
    sector_before: e.sector_before,
    had_written_contract: e.had_written_contract,
    lost_job_covid: e.lost_job_covid,
    unpaid_wages: e.unpaid_wages,
    employment_now: e.employment_now,
    income_change: e.income_change,
    looking_for_work: e.looking_for_work,
    covid_impacts: covid.covid_impacts,
    health_access: covid.health_access,
    covid_tested: covid.covid_tested,
    info_sources: covid.info_sources,
    vulnerabilities: covid.vulnerabilities,
    priority_needs: covid.priority_needs,
  };
}

/** A respondent who declined: the screening columns and consent = no, nothing else. */
function declined(screening: SurveyRecord): SurveyRecord {
  const out: SurveyRecord = {};
  for (const name of surveyHeader(true)) out[name] = screening[name] ?? '';
  out.consent = 'no';
  return out;
}

/** Columns that hold free text and need CSV quoting / formula protection. */
const TEXT_COLUMNS = new Set(['admin1', 'origin_admin1']);

/** One CSV line of a record, in the order of `header`. */
export function surveyLine(record: SurveyRecord, header: readonly string[]): string {
  const fields = new Array<string>(header.length);
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string;
    const v = record[name] ?? '';
    fields[i] = TEXT_COLUMNS.has(name) ? csvField(v) : v;
  }
  return fields.join(',');
}

/** The whole file as lines: the header, then one line per respondent. */
export function* surveyLines(opts: SurveySampleOptions): Generator<string> {
  const header = surveyHeader(opts.weighted);
  yield header.join(',');
  for (const record of surveyRecords(opts)) yield surveyLine(record, header);
}
