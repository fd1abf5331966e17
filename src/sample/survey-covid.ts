/**
 * Bulletin 5 variables: impacts of COVID-19, health care, testing, information sources,
 * vulnerabilities and priority needs. `none` is only ever given alone.
 */
import { MultiSelect, multiFrom, weighted } from './choice.js';
import { answer } from './nonresponse.js';
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

export function drawCovid(rng: Rng, c: CovidContext): Covid {
  const female = c.sex === 'female';
  const impacts = multiFrom(
    rng,
    [
      ['lost_income', c.lostJob ? 0.9 : 0.22],
      ['reduced_income', c.lostJob ? 0.08 : 0.5],
      ['evicted', c.stranded ? 0.14 : 0.03],
      ['food_shortage', c.stranded ? 0.45 : 0.28],
      ['no_health_access', c.stranded ? 0.17 : 0.1],
      ['discrimination', c.stranded ? 0.09 : 0.04],
      ['documents_expired', c.stranded ? 0.22 : 0.08],
      ['debt', 0.26],
      ['could_not_return', c.stranded ? 0.7 : 0.1],
    ],
    'none',
  );
  const vulnerabilities = multiFrom(
    rng,
    [
      ['pregnant_lactating', female && c.age >= 18 && c.age <= 45 ? 0.09 : 0],
      ['disability', 0.03],
      ['chronic_illness', c.age >= 50 ? 0.2 : 0.07],
      ['older_person', c.age >= 60 ? 0.7 : 0],
      ['unaccompanied_minor', c.age < 18 ? 0.35 : 0],
      ['trafficking_victim', c.stranded ? 0.01 : 0.005],
      ['gbv_survivor', female ? 0.03 : 0.003],
      ['single_parent', female ? 0.1 : 0.015],
    ],
    'none',
  );
  const needs = multiFrom(
    rng,
    [
      ['food', c.stranded ? 0.55 : 0.36],
      ['cash', 0.46],
      ['employment', c.stranded ? 0.45 : 0.62],
      ['shelter', c.stranded ? 0.22 : 0.06],
      ['medical', 0.14],
      ['legal_documents', c.stranded ? 0.2 : 0.07],
      ['transport_home', c.stranded ? 0.55 : 0.01],
      ['information', 0.1],
      ['psychosocial', 0.04],
    ],
    'none',
  );
  return {
    covid_impacts: impacts,
    health_access: answer(rng, () => HEALTH[c.stranded ? 'stranded' : 'returnee'].draw(rng), 0.03),
    covid_tested: answer(rng, () => (rng.chance(c.byAir ? 0.72 : 0.34) ? 'yes' : 'no'), 0.02),
    info_sources: INFO[c.stranded ? 'stranded' : 'returnee'].draw(rng),
    vulnerabilities,
    priority_needs: needs,
  };
}
