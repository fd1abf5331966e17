/**
 * A small canonical survey file for the query tests (deterministic), and the same data in the
 * layout of a KoboToolbox export: group prefixes on the headers, select_multiple as a parent column
 * plus `q/opt` 0/1 columns, Kobo metadata columns, `;` as delimiter.
 */
const ADMIN1: Record<string, string[]> = { KGZ: ['KG-C', 'KG-O', 'KG-B'], TJK: ['TJ-SU', 'TJ-KT'], KAZ: ['KZ-ALA', 'KZ-AST'] };
const IMPACTS = ['lost_income', 'reduced_income', 'food_shortage', 'debt'];
const GROUPS: Record<string, string> = {
  response_id: 'group_meta',
  survey_round: 'group_meta',
  interview_date: 'group_meta',
  country: 'group_place',
  admin1: 'group_place',
  population_group: 'group_demo',
  weight: 'group_meta',
  sex: 'group_demo',
  age: 'group_demo',
  citizenship: 'group_demo',
  marital_status: 'group_demo',
  household_size: 'group_demo/grp_hh',
  remittance_amount: 'group_remit',
  remittance_currency: 'group_remit',
  covid_impacts: 'group_covid',
};

export const SAMPLE_HEADER = [
  'response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'population_group', 'weight', 'sex', 'age',
  'citizenship', 'marital_status', 'household_size', 'remittance_amount', 'remittance_currency', 'covid_impacts',
];

export function canonicalRows(n: number, seed = 7): Record<string, string>[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const country = pick(['KGZ', 'KGZ', 'TJK', 'KAZ']);
    const answered = rnd() > 0.1;
    const chosen = answered ? IMPACTS.filter(() => rnd() < 0.4) : [];
    if (answered && chosen.length === 0) chosen.push(IMPACTS[0] as string);
    rows.push({
      response_id: `R${String(i + 1).padStart(4, '0')}`,
      survey_round: 'R1',
      interview_date: `2021-0${1 + Math.floor(rnd() * 4)}-1${Math.floor(rnd() * 9)}`,
      country,
      admin1: pick(ADMIN1[country] as string[]),
      population_group: country === 'KAZ' ? 'stranded_migrant' : 'returnee',
      weight: (0.5 + Math.round(rnd() * 250) / 100).toFixed(2),
      sex: pick(['male', 'male', 'female']),
      age: String(18 + Math.floor(rnd() * 45)),
      citizenship: country === 'KAZ' ? pick(['UZB', 'TJK', 'KGZ']) : country,
      marital_status: pick(['single', 'married', 'married', 'divorced', 'dnk', '']),
      household_size: rnd() < 0.1 ? '' : String(1 + Math.floor(rnd() * 9)),
      remittance_amount: rnd() < 0.3 ? '' : String(Math.round(rnd() * 30000)),
      remittance_currency: 'RUB',
      covid_impacts: chosen.join(' '),
    });
    const last = rows[rows.length - 1] as Record<string, string>;
    if (last.remittance_amount === '') last.remittance_currency = '';
  }
  return rows;
}

export function canonicalCsv(rows: readonly Record<string, string>[]): string {
  return [SAMPLE_HEADER.join(','), ...rows.map((r) => SAMPLE_HEADER.map((h) => r[h] ?? '').join(','))].join('\n') + '\n';
}

/** The same rows as a Kobo export: prefixes, split columns, metadata, `;`, decimal commas. */
export function koboCsv(rows: readonly Record<string, string>[]): string {
  const header: string[] = ['start', '_id'];
  for (const h of SAMPLE_HEADER) {
    header.push(`${GROUPS[h]}/${h}`);
    if (h === 'covid_impacts') for (const o of IMPACTS) header.push(`${GROUPS[h]}/${h}/${o}`);
  }
  header.push('_uuid', '_submission_time', '__version__');
  const lines = rows.map((r, i) => {
    const cells: string[] = ['2021-01-01T09:00:00.000+06:00', String(1000 + i)];
    for (const h of SAMPLE_HEADER) {
      const v = r[h] ?? '';
      cells.push(h === 'weight' ? v.replace('.', ',') : v);
      if (h === 'covid_impacts') {
        const chosen = v === '' ? null : v.split(' ');
        for (const o of IMPACTS) cells.push(chosen === null ? '' : chosen.includes(o) ? '1' : '0');
      }
    }
    cells.push(`uuid-${i}`, '2021-05-01T10:00:00', 'vX');
    return cells.join(';');
  });
  return [header.join(';'), ...lines].join('\r\n') + '\r\n';
}
