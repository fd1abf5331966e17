/**
 * Bulletin 2 variables: last country abroad, time abroad, reasons for migrating; for returnees the
 * return (date between March 2020 and the interview, reasons, means); for stranded migrants why
 * they cannot return and for how long; intention to migrate again.
 */
import { MultiSelect, Weighted, weighted } from './choice.js';
import { dayOf } from './calendar.js';
import { nonResponse } from './nonresponse.js';
import type { Rng } from './random.js';
import { RETURNS_FROM, type CountryFrame } from './survey-frame.js';

export interface Trajectory {
  origin_admin1_same: boolean;
  last_country_abroad: string;
  months_abroad: string;
  migration_reason: string;
  /** Day number of the return (returnees), or undefined. */
  returnDay: number | undefined;
  return_reason: string;
  return_transport: string;
  stranded_reason: string;
  months_stranded: string;
  remigration_intention: string;
  remigration_country: string;
}

const RETURNS_START = dayOf(RETURNS_FROM);
const PEAK_FROM = dayOf('2020-03-15');
const PEAK_TO = dayOf('2020-07-31');
const STRANDED_FROM = dayOf('2020-03-15');
const STRANDED_TO = dayOf('2020-09-30');
const DAYS_PER_MONTH = 30.44;

const MIGRATION_REASON = new MultiSelect(
  { employment: 0.88, higher_wages: 0.42, family_reunification: 0.08, education: 0.03, other: 0.02 },
  'employment',
);
const RETURN_REASON = new MultiSelect(
  { lost_job: 0.55, covid_fear: 0.28, family: 0.22, documents_expired: 0.09, deported: 0.03, end_of_contract: 0.1, seasonal: 0.08, other: 0.02 },
  'lost_job',
);
const STRANDED_REASON = new MultiSelect(
  { borders_closed: 0.62, flights_cancelled: 0.41, no_money_ticket: 0.46, no_documents: 0.16, quarantine: 0.1, other: 0.03 },
  'borders_closed',
);
const TRANSPORT_BY_COUNTRY: Record<string, Weighted<string>> = {
  RUS: weighted({ air: 0.45, rail: 0.3, land: 0.23, other: 0.02 }),
  KAZ: weighted({ land: 0.8, rail: 0.12, air: 0.06, other: 0.02 }),
};
const TRANSPORT_FAR = weighted({ air: 0.97, land: 0.02, other: 0.01 });
const MONTHS_ABROAD_BANDS = new Weighted<readonly [number, number]>([
  [[3, 11], 0.25],
  [[12, 35], 0.4],
  [[36, 71], 0.22],
  [[72, 180], 0.13],
]);
/** Stranded migrants who mean to migrate again elsewhere than their host country. */
const ELSEWHERE: Record<string, readonly string[]> = {
  KAZ: ['RUS', 'TUR', 'KOR'],
  RUS: ['KAZ', 'TUR', 'KOR'],
};
const INTENTION = {
  returnee: weighted({ yes: 0.55, no: 0.2, undecided: 0.25 }),
  stranded_migrant: weighted({ yes: 0.32, no: 0.43, undecided: 0.25 }),
};
const REMIGRATION_RETURNEE = weighted({ RUS: 0.7, KAZ: 0.14, KOR: 0.07, TUR: 0.06, ARE: 0.02, DEU: 0.01 });

export function drawTrajectory(rng: Rng, frame: CountryFrame, interviewDay: number): Trajectory {
  const last = frame.lastCountry.draw(rng);
  const [lo, hi] = MONTHS_ABROAD_BANDS.draw(rng);
  let monthsAbroad = rng.int(lo, hi);
  const returnee = frame.group === 'returnee';
  let returnDay: number | undefined;
  let strandedMonths = '';
  if (returnee) {
    returnDay = rng.chance(0.5)
      ? rng.int(PEAK_FROM, Math.min(PEAK_TO, interviewDay))
      : rng.int(RETURNS_START, interviewDay);
  } else {
    const since = rng.int(STRANDED_FROM, STRANDED_TO);
    const months = Math.max(1, Math.floor((interviewDay - since) / DAYS_PER_MONTH));
    monthsAbroad = Math.max(monthsAbroad, months + rng.int(2, 24));
    strandedMonths = String(months);
  }
  const intention = (nonResponse(rng, 0.03) ?? INTENTION[frame.group].draw(rng));
  let remigrationCountry = '';
  if (intention === 'yes') {
    remigrationCountry = returnee ? REMIGRATION_RETURNEE.draw(rng) : rng.chance(0.82) ? frame.iso3 : rng.pick(ELSEWHERE[frame.iso3] ?? ['TUR']);
  }
  return {
    origin_admin1_same: rng.chance(0.8),
    last_country_abroad: last,
    months_abroad: String(monthsAbroad),
    migration_reason: MIGRATION_REASON.draw(rng),
    returnDay,
    return_reason: returnee ? RETURN_REASON.draw(rng) : '',
    return_transport: returnee ? (nonResponse(rng, 0.02) ?? (TRANSPORT_BY_COUNTRY[last] ?? TRANSPORT_FAR).draw(rng)) : '',
    stranded_reason: returnee ? '' : STRANDED_REASON.draw(rng),
    months_stranded: strandedMonths,
    remigration_intention: intention,
    remigration_country: remigrationCountry,
  };
}
