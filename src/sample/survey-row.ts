/**
 * One synthetic respondent as the fields of a row, in the declaration order of the `survey`
 * instrument (SURVEY_FIELDS, `weight` included). Arrays rather than keyed records keep the
 * generator at several hundred thousand rows a second.
 */
import { instrument } from '../schema/instruments.js';
import { Weighted, weighted } from './choice.js';
import { csvField } from '../text/csv-safe.js';
import type { DateFormatter } from './calendar.js';
import type { Rng } from './random.js';
import { SURVEY_ROUND, type CountryFrame } from './survey-frame.js';
import { SURVEY_PLACES, type SurveyProvince } from './survey-places.js';
import { drawProfile } from './survey-profile.js';
import { drawTrajectory } from './survey-trajectory.js';
import { drawRemittances } from './survey-remittances.js';
import { drawEmployment } from './survey-employment.js';
import { drawCovid } from './survey-covid.js';

/** The order in which drawRow returns fields; checked against the instrument when loaded. */
export const SURVEY_FIELDS = [
  'response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'population_group', 'weight',
  'consent', 'sex', 'age', 'citizenship', 'marital_status', 'education', 'household_size',
  'children_in_household', 'main_breadwinner', 'origin_admin1', 'last_country_abroad', 'months_abroad',
  'migration_reason', 'return_date', 'return_reason', 'return_transport', 'stranded_reason',
  'months_stranded', 'remigration_intention', 'remigration_country', 'remitted_before_covid',
  'remittance_frequency', 'remittance_amount', 'remittance_currency', 'remittance_change',
  'remittance_channel', 'remittance_use', 'household_remittance_share', 'employment_before',
  'sector_before', 'had_written_contract', 'lost_job_covid', 'unpaid_wages', 'employment_now',
  'income_change', 'looking_for_work', 'covid_impacts', 'health_access', 'covid_tested', 'info_sources',
  'vulnerabilities', 'priority_needs',
] as const;

const declared = instrument('survey').columns.map((c) => c.name);
if (declared.join(',') !== SURVEY_FIELDS.join(',')) {
  throw new Error('sample: SURVEY_FIELDS no longer matches the survey instrument (src/schema/survey.ts)');
}

/** Share of respondents who decline the interview (consent = no: only the screening columns). */
const CONSENT_NO_RATE = 0.005;

interface PlaceChooser {
  province: Weighted<SurveyProvince>;
  spelling: Map<SurveyProvince, Weighted<string>>;
}

export class SurveyRowDrawer {
  private readonly places = new Map<string, PlaceChooser>();

  constructor(
    /** Shared with the caller, who draws the country of each row from it first. */
    private readonly rng: Rng,
    private readonly dates: DateFormatter,
    private readonly weightedSample: boolean,
  ) {
    for (const [iso3, provinces] of Object.entries(SURVEY_PLACES)) {
      // The only free text of a row: kept to spellings that need no CSV quoting, so that rows
      // are written without escaping.
      for (const p of provinces) {
        for (const s of Object.keys(p.spellings)) if (csvField(s, { minimalQuotes: true }) !== s) throw new Error(`sample: place spelling needs quoting: ${s}`);
      }
      this.places.set(iso3, {
        province: new Weighted(provinces.map((p) => [p, p.share] as const)),
        spelling: new Map(provinces.map((p) => [p, weighted(p.spellings)])),
      });
    }
  }

  private spell(chooser: PlaceChooser, p: SurveyProvince): string {
    return (chooser.spelling.get(p) as Weighted<string>).draw(this.rng);
  }

  draw(frame: CountryFrame, day: number, id: string): string[] {
    const rng = this.rng;
    const chooser = this.places.get(frame.iso3);
    if (!chooser) throw new Error(`sample: no places for ${frame.iso3}`);
    // The order of the draws is part of the output: changing it changes every sample.
    const province = chooser.province.draw(rng);
    const profile = drawProfile(rng, frame);
    const weight = this.weightedSample ? (frame.weight[profile.sex] * (0.8 + 0.4 * rng.next())).toFixed(2) : '';
    const admin1 = this.spell(chooser, province);
    const citizenship = frame.citizenship.draw(rng);
    const date = this.dates.format(day);
    if (rng.chance(CONSENT_NO_RATE)) {
      const row = new Array<string>(SURVEY_FIELDS.length).fill('');
      const screening = [id, SURVEY_ROUND, date, frame.iso3, admin1, frame.group, weight, 'no', profile.sex, String(profile.age), citizenship];
      screening.forEach((v, i) => (row[i] = v));
      return row;
    }
    const stranded = frame.group === 'stranded_migrant';
    const t = drawTrajectory(rng, frame, day);
    const origin = stranded ? '' : this.spell(chooser, t.origin_admin1_same ? province : chooser.province.draw(rng));
    const m = drawRemittances(rng, profile.sex, frame.group, t.last_country_abroad);
    const e = drawEmployment(rng, profile.sex, profile.age, stranded);
    const c = drawCovid(rng, {
      sex: profile.sex,
      age: profile.age,
      stranded,
      lostJob: e.lost_job_covid === 'yes',
      byAir: t.return_transport === 'air',
    });
    return [
      id, SURVEY_ROUND, date, frame.iso3, admin1, frame.group, weight,
      'yes', profile.sex, String(profile.age), citizenship, profile.marital_status, profile.education, profile.household_size,
      profile.children_in_household, profile.main_breadwinner, origin, t.last_country_abroad, t.months_abroad,
      t.migration_reason, t.returnDay === undefined ? '' : this.dates.format(t.returnDay), t.return_reason, t.return_transport, t.stranded_reason,
      t.months_stranded, t.remigration_intention, t.remigration_country, m.remitted_before_covid,
      m.remittance_frequency, m.remittance_amount, m.remittance_currency, m.remittance_change,
      m.remittance_channel, m.remittance_use, m.household_remittance_share, e.employment_before,
      e.sector_before, e.had_written_contract, e.lost_job_covid, e.unpaid_wages, e.employment_now,
      e.income_change, e.looking_for_work, c.covid_impacts, c.health_access, c.covid_tested, c.info_sources,
      c.vulnerabilities, c.priority_needs,
    ];
  }
}
