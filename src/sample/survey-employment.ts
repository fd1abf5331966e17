/**
 * Bulletin 4 variables. Skip logic: sector, contract, job loss and unpaid wages are asked only of
 * those who worked before March 2020; the situation now follows from whether the job was lost.
 */
import { weighted, type Weighted } from './choice.js';
import { nonResponse } from './nonresponse.js';
import type { Rng } from './random.js';
import type { Sex } from './survey-profile.js';

export interface Employment {
  employment_before: string;
  sector_before: string;
  had_written_contract: string;
  lost_job_covid: string;
  unpaid_wages: string;
  employment_now: string;
  income_change: string;
  looking_for_work: string;
}

const BEFORE = weighted({
  employed_formal: 0.22, employed_informal: 0.41, self_employed: 0.09, daily_worker: 0.19, unemployed: 0.04, student: 0.03, other: 0.02,
});
const SECTOR: Record<Sex, Weighted<string>> = {
  male: weighted({ construction: 0.42, trade: 0.18, services: 0.09, transport: 0.1, agriculture: 0.07, manufacturing: 0.07, hospitality: 0.05, domestic_work: 0.01, other: 0.01 }),
  female: weighted({ construction: 0.04, trade: 0.32, services: 0.22, transport: 0.01, agriculture: 0.07, manufacturing: 0.08, domestic_work: 0.13, hospitality: 0.12, other: 0.01 }),
};
const CONTRACT: Record<string, number> = {
  employed_formal: 0.92, employed_informal: 0.04, self_employed: 0.1, daily_worker: 0.05, other: 0.3,
};
const NOW_AFTER_LOSS = weighted({ unemployed: 0.68, daily_worker: 0.16, employed_informal: 0.1, self_employed: 0.04, other: 0.02 });
const NOW_NOT_WORKING = weighted({ unemployed: 0.72, daily_worker: 0.12, employed_informal: 0.08, student: 0.06, other: 0.02 });
const INCOME_UNEMPLOYED = weighted({ no_income: 0.7, decreased: 0.27, no_change: 0.03 });
const INCOME_LOST_JOB = weighted({ decreased: 0.6, no_income: 0.2, no_change: 0.15, increased: 0.05 });
const INCOME_OTHER = weighted({ decreased: 0.45, no_change: 0.45, increased: 0.06, no_income: 0.04 });
const WORKING = new Set(['employed_formal', 'employed_informal', 'self_employed', 'daily_worker', 'other']);

export function drawEmployment(rng: Rng, sex: Sex, age: number, stranded: boolean): Employment {
  const before = (nonResponse(rng, 0.02) ?? (age < 22 && rng.chance(0.1) ? 'student' : BEFORE.draw(rng)));
  const worked = WORKING.has(before);
  let sector = '';
  let contract = '';
  let lost = '';
  let unpaid = '';
  if (worked) {
    sector = (nonResponse(rng, 0.02) ?? SECTOR[sex].draw(rng));
    contract = (nonResponse(rng, 0.03) ?? (rng.chance(CONTRACT[before] ?? 0.2) ? 'yes' : 'no'));
    lost = (nonResponse(rng, 0.02) ?? (rng.chance(stranded ? 0.72 : 0.66) ? 'yes' : 'no'));
    unpaid = (nonResponse(rng, 0.03) ?? (rng.chance(stranded ? 0.33 : 0.26) ? 'yes' : 'no'));
  }
  let now: string;
  if (lost === 'yes') now = NOW_AFTER_LOSS.draw(rng);
  else if (worked) now = rng.chance(stranded ? 0.7 : 0.55) ? before : NOW_AFTER_LOSS.draw(rng);
  else now = NOW_NOT_WORKING.draw(rng);
  now = (nonResponse(rng, 0.015) ?? now);
  const income =
    now === 'unemployed' ? INCOME_UNEMPLOYED : lost === 'yes' ? INCOME_LOST_JOB : INCOME_OTHER;
  return {
    employment_before: before,
    sector_before: sector,
    had_written_contract: contract,
    lost_job_covid: lost,
    unpaid_wages: unpaid,
    employment_now: now,
    income_change: (nonResponse(rng, 0.02) ?? income.draw(rng)),
    looking_for_work: (nonResponse(rng, 0.01) ?? (rng.chance(now === 'unemployed' ? 0.86 : 0.25) ? 'yes' : 'no')),
  };
}
