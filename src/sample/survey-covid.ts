/**
 * Bulletin 5 variables: impacts of COVID-19, health care, testing, information sources,
 * vulnerabilities and priority needs. `none` is only ever given alone.
 */
import { MultiCodes, MultiSelect, Picks, weighted } from './choice.js';
import { nonResponse } from './nonresponse.js';
import type { Rng } from './random.js';
import type { Sex } from './survey-profile.js';

export interface Covid {
  covid_impacts: string;
  health_access: string;
  covid_tested: string;
  info_sources: string;
  vulnerabilities: string;
  priority_needs: string;
}

export interface CovidContext {
  sex: Sex;
  age: number;
  stranded: boolean;
  lostJob: boolean;
  byAir: boolean;
}

const HEALTH = {
  returnee: weighted({ yes: 0.48, no: 0.18, not_needed: 0.34 }),
  stranded: weighted({ yes: 0.38, no: 0.3, not_needed: 0.32 }),
};
const INFO = {
  returnee: new MultiSelect({ tv: 0.52, social_media: 0.56, messenger: 0.47, embassy: 0.05, employer: 0.05, ngo: 0.05, friends_family: 0.42 }, 'none'),
  stranded: new MultiSelect({ tv: 0.42, social_media: 0.58, messenger: 0.5, embassy: 0.15, employer: 0.06, ngo: 0.12, friends_family: 0.4 }, 'none'),
};

const IMPACTS = new MultiCodes(
  ['lost_income', 'reduced_income', 'evicted', 'food_shortage', 'no_health_access', 'discrimination', 'documents_expired', 'debt', 'could_not_return'],
  'none',
);
const VULNERABILITIES = new MultiCodes(
  ['pregnant_lactating', 'disability', 'chronic_illness', 'older_person', 'unaccompanied_minor', 'trafficking_victim', 'gbv_survivor', 'single_parent'],
  'none',
);
const NEEDS = new MultiCodes(
  ['food', 'cash', 'employment', 'shelter', 'medical', 'legal_documents', 'transport_home', 'information', 'psychosocial'],
  'none',
);

export function drawCovid(rng: Rng, c: CovidContext): Covid {
  const female = c.sex === 'female';
  const impacts = new Picks(IMPACTS, rng)
    .maybe('lost_income', c.lostJob ? 0.9 : 0.22)
    .maybe('reduced_income', c.lostJob ? 0.08 : 0.5)
    .maybe('evicted', c.stranded ? 0.14 : 0.03)
    .maybe('food_shortage', c.stranded ? 0.45 : 0.28)
    .maybe('no_health_access', c.stranded ? 0.17 : 0.1)
    .maybe('discrimination', c.stranded ? 0.09 : 0.04)
    .maybe('documents_expired', c.stranded ? 0.22 : 0.08)
    .maybe('debt', 0.26)
    .maybe('could_not_return', c.stranded ? 0.7 : 0.1)
    .done();
  const vulnerabilities = new Picks(VULNERABILITIES, rng)
    .maybe('pregnant_lactating', female && c.age >= 18 && c.age <= 45 ? 0.09 : 0)
    .maybe('disability', 0.03)
    .maybe('chronic_illness', c.age >= 50 ? 0.2 : 0.07)
    .maybe('older_person', c.age >= 60 ? 0.7 : 0)
    .maybe('unaccompanied_minor', c.age < 18 ? 0.35 : 0)
    .maybe('trafficking_victim', c.stranded ? 0.01 : 0.005)
    .maybe('gbv_survivor', female ? 0.03 : 0.003)
    .maybe('single_parent', female ? 0.1 : 0.015)
    .done();
  const needs = new Picks(NEEDS, rng)
    .maybe('food', c.stranded ? 0.55 : 0.36)
    .maybe('cash', 0.46)
    .maybe('employment', c.stranded ? 0.45 : 0.62)
    .maybe('shelter', c.stranded ? 0.22 : 0.06)
    .maybe('medical', 0.14)
    .maybe('legal_documents', c.stranded ? 0.2 : 0.07)
    .maybe('transport_home', c.stranded ? 0.55 : 0.01)
    .maybe('information', 0.1)
    .maybe('psychosocial', 0.04)
    .done();
  return {
    covid_impacts: impacts,
    health_access: (nonResponse(rng, 0.03) ?? HEALTH[c.stranded ? 'stranded' : 'returnee'].draw(rng)),
    covid_tested: (nonResponse(rng, 0.02) ?? (rng.chance(c.byAir ? 0.72 : 0.34) ? 'yes' : 'no')),
    info_sources: INFO[c.stranded ? 'stranded' : 'returnee'].draw(rng),
    vulnerabilities,
    priority_needs: needs,
  };
}
