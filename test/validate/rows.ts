/** Small canonical survey / assistance files for validation tests, built in code (no fixtures). */
export const SURVEY_HEADER = [
  'response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'population_group', 'weight', 'consent', 'sex', 'age',
  'citizenship', 'household_size', 'children_in_household', 'return_date', 'stranded_reason', 'remittance_amount',
  'remittance_currency', 'covid_impacts', 'covid_impacts/lost_income', 'covid_impacts/none', 'education',
];

export type Row = Record<string, string>;

export function surveyRow(i: number, over: Row = {}): Row {
  return {
    response_id: `R1-${1000 + i}`,
    survey_round: 'R1',
    interview_date: '2021-04-12',
    country: 'KGZ',
    admin1: 'KG-C',
    population_group: 'returnee',
    weight: '1.5',
    consent: 'yes',
    sex: i % 2 ? 'male' : 'female',
    age: String(20 + (i % 40)),
    citizenship: 'KGZ',
    household_size: '5',
    children_in_household: '2',
    return_date: '2020-06-01',
    stranded_reason: '',
    remittance_amount: '5000',
    remittance_currency: 'RUB',
    covid_impacts: 'lost_income',
    'covid_impacts/lost_income': '1',
    'covid_impacts/none': '0',
    education: 'higher',
    ...over,
  };
}

export const ASSISTANCE_HEADER = [
  'case_id', 'office', 'admin1', 'city', 'assistance_date', 'sex', 'age', 'citizenship', 'beneficiary_type', 'household_members',
  'assistance_types', 'return_country', 'vulnerabilities',
];

export function assistanceRow(i: number, over: Row = {}): Row {
  return {
    case_id: `C-${i}`,
    office: 'RUS',
    admin1: 'RU-MOW',
    city: 'Moscow',
    assistance_date: '2021-05-03',
    sex: i % 2 ? 'male' : 'female',
    age: String(5 + (i % 60)),
    citizenship: 'UZB',
    beneficiary_type: 'individual',
    household_members: '',
    assistance_types: 'food hygiene_kit',
    return_country: '',
    vulnerabilities: 'none',
    ...over,
  };
}

function quote(v: string, delim: string): string {
  return /["\n\r]/.test(v) || v.includes(delim) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvText(header: readonly string[], rows: readonly Row[], delim = ','): string {
  return [header.map((h) => quote(h, delim)).join(delim), ...rows.map((r) => header.map((h) => quote(r[h] ?? '', delim)).join(delim))].join('\n') + '\n';
}
