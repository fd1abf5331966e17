/** Test helper: every way a survey row can break the skip logic and cross-field rules, as messages. */
import { instrument } from '../../src/schema/instruments.js';

type Row = Record<string, string>;
const spec = instrument('survey');
const RETURNEE_ONLY = spec.columns.filter((c) => c.asked === 'returnee').map((c) => c.name);
const STRANDED_ONLY = spec.columns.filter((c) => c.asked === 'stranded_migrant').map((c) => c.name);
const MULTI = spec.columns.filter((c) => c.type === 'multi').map((c) => c.name);
const WORKED = new Set(['employed_formal', 'employed_informal', 'self_employed', 'daily_worker', 'other']);
const SCREENING = new Set(['response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'population_group', 'weight', 'consent', 'sex', 'age', 'citizenship']);

export function coherenceViolations(rows: readonly Row[]): string[] {
  const out: string[] = [];
  const bad = (r: Row, what: string) => out.push(`${r.response_id}: ${what}`);
  for (const r of rows) {
    if (r.consent === 'no') {
      for (const [k, v] of Object.entries(r)) if (!SCREENING.has(k) && v !== '') bad(r, `declined but ${k}=${v}`);
      continue;
    }
    const returnee = r.population_group === 'returnee';
    for (const c of returnee ? STRANDED_ONLY : RETURNEE_ONLY) if (r[c] !== '') bad(r, `${c} asked of the wrong group`);
    if (returnee) {
      const d = r.return_date ?? '';
      if (!(d >= '2020-03-01' && d <= (r.interview_date ?? ''))) bad(r, `return_date ${d}`);
      if (!(Number(r.months_abroad) >= 3)) bad(r, 'returnee abroad under 3 months');
      if (r.citizenship !== r.country) bad(r, 'returnee not a citizen of the country');
    } else {
      if (r.last_country_abroad !== r.country) bad(r, 'stranded: last country is not the host');
      const ms = Number(r.months_stranded);
      if (!(ms >= 1 && ms < Number(r.months_abroad))) bad(r, `months_stranded ${ms}`);
      if (r.citizenship === r.country) bad(r, 'stranded migrant is a citizen of the host country');
    }
    const amount = Number(r.remittance_amount || '0');
    if (amount > 0 && r.remittance_currency === '') bad(r, 'amount without currency');
    if (r.remittance_currency !== '' && !(amount > 0)) bad(r, 'currency without amount');
    if (r.remitted_before_covid !== 'yes') {
      for (const c of ['remittance_frequency', 'remittance_amount', 'remittance_channel', 'remittance_use', 'remittance_change']) {
        if (r[c] !== '') bad(r, `${c} without remittances`);
      }
    }
    if (!WORKED.has(r.employment_before ?? '')) {
      for (const c of ['sector_before', 'had_written_contract', 'lost_job_covid', 'unpaid_wages']) if (r[c] !== '') bad(r, `${c} without work`);
    }
    if (!(Number(r.children_in_household) < Number(r.household_size))) bad(r, 'children ≥ household size');
    for (const m of MULTI) {
      const opts = (r[m] ?? '').split(' ').filter(Boolean);
      if (opts.includes('none') && opts.length > 1) bad(r, `${m}: none with others`);
      if (new Set(opts).size !== opts.length) bad(r, `${m}: repeated option`);
    }
    const asked = ['migration_reason', 'covid_impacts', 'info_sources', 'vulnerabilities', 'priority_needs', returnee ? 'return_reason' : 'stranded_reason'];
    if (r.remitted_before_covid === 'yes') asked.push('remittance_channel', 'remittance_use');
    for (const m of asked) if ((r[m] ?? '') === '') bad(r, `${m} not answered`);
    if (r.remigration_intention !== 'yes' && r.remigration_country !== '') bad(r, 'remigration_country without intention');
    if (r.remigration_intention === 'yes' && r.remigration_country === '') bad(r, 'intention without a country');
    const v = (r.vulnerabilities ?? '').split(' ');
    if (v.includes('pregnant_lactating') && r.sex !== 'female') bad(r, 'pregnant man');
    if (v.includes('older_person') && Number(r.age) < 60) bad(r, 'older person under 60');
  }
  return out;
}
