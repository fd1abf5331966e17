/**
 * What the seed bulletin 6 (seeds/002_01dad86fc4682ecf.txt) publishes about direct assistance, as
 * data, in two layers:
 *
 * - SEED_FACTS: every figure the seed states, as a check over the assistance records (filter +
 *   measure + expected value). The bundled data-samples/assistance.csv satisfies each exactly; the
 *   sample tests and the bulletin-6 golden test compare against these, never against copies.
 * - ASSISTANCE_SEGMENTS: how the generator builds records that satisfy them — homogeneous groups of
 *   records with exact counts (sex, minors, citizenship, countries, …); everything the seed leaves
 *   open is filled plausibly by the generator.
 *
 * Where the seed is ambiguous or contradicts itself, the choice made is written in `note` (and in
 * data-samples/README.md).
 */

export type Quota = Readonly<Record<string, number>>;

/** Where assistance was given: province as written in the records, city, implementing partner. */
export interface Site {
  admin1: string;
  city: string;
  partner: string;
  share: number;
}

export interface OfficeTarget {
  office: string;
  /** First and last month of the period the seed states (YYYY-MM). */
  period: readonly [string, string];
  /** Sites shared by the office's segments that name none of their own. */
  sites: readonly Site[];
}

export interface VulnerabilityFill {
  code: string;
  p: number;
  sex?: 'male' | 'female';
  minAge?: number;
}

export interface Segment {
  id: string;
  office: string;
  description: string;
  count: number;
  sex: { male: number; female: number };
  /** Records under 18, by sex (part of `sex`). */
  minors: { male: number; female: number };
  /** Youngest and oldest age in the segment, both attained (years; decimals for infants). */
  age: { min: number; max: number };
  citizenship: Quota;
  /** Citizenship of the minors (a part of `citizenship`), so that children travel with families. */
  minorCitizenship?: Quota;
  beneficiaryType: 'individual' | 'family';
  /** Family rows: people covered, drawn in this range. */
  householdMembers?: readonly [number, number];
  assistanceTypes: { always: readonly string[]; sometimes?: Readonly<Record<string, number>> };
  /** `citizenship`: returned to their own country (set with `avr`). */
  returnCountry?: 'citizenship';
  /** Exact counts, a single code for all, or weights for the citizens of one country. */
  departureCountry?: { exact: Quota } | { fixed: string } | { citizenship: string; weights: Readonly<Record<string, number>> };
  vulnerabilities: { exact?: Quota; fill: readonly VulnerabilityFill[] };
  referredBy?: Readonly<Record<string, number>>;
  /** Sites of this segment only; default: the office's sites. */
  sites?: readonly Site[];
  note?: string;
}

const site = (admin1: string, partner: string, share: number, city = ''): Site => ({ admin1, city, partner, share });

export const OFFICE_TARGETS: readonly OfficeTarget[] = [
  {
    office: 'KGZ',
    period: ['2020-10', '2021-04'],
    // Nine NGO partners in seven provinces (two each in Chui and Osh).
    sites: [
      site('Chui', 'NGO partner Chui 1', 0.12),
      site('Chui', 'NGO partner Chui 2', 0.1),
      site('Osh', 'NGO partner Osh 1', 0.12),
      site('Osh', 'NGO partner Osh 2', 0.1),
      site('Jalal-Abad', 'NGO partner Jalal-Abad', 0.16),
      site('Batken', 'NGO partner Batken', 0.12),
      site('Issyk-Kul', 'NGO partner Issyk-Kul', 0.1),
      site('Talas', 'NGO partner Talas', 0.09),
      site('Naryn', 'NGO partner Naryn', 0.09),
    ],
  },
  {
    office: 'TJK',
    period: ['2020-10', '2021-05'],
    // Seven implementing partners in four regions.
    sites: [
      site('Sughd Region', 'NGO partner Sughd 1', 0.17),
      site('Sughd Region', 'NGO partner Sughd 2', 0.15),
      site('Khatlon Region', 'NGO partner Khatlon 1', 0.18),
      site('Khatlon Region', 'NGO partner Khatlon 2', 0.15),
      site('Gorno-Badakhshan Autonomous Region', 'NGO partner GBAO', 0.1),
      site('Districts of Republican Subordination', 'NGO partner DRS 1', 0.13),
      site('Districts of Republican Subordination', 'NGO partner DRS 2', 0.12),
    ],
  },
  {
    office: 'KAZ',
    period: ['2020-10', '2021-05'],
    // Eleven contracted NGOs, one per region; the seed's "Karaganda/Temirtau" is one region, two cities.
    sites: [
      site('Almaty', 'NGO partner Almaty', 0.16, 'Almaty'),
      site('Nur-Sultan', 'NGO partner Nur-Sultan', 0.12, 'Nur-Sultan'),
      site('Shymkent', 'NGO partner Shymkent', 0.11, 'Shymkent'),
      site('Karaganda', 'NGO partner Karaganda', 0.06, 'Karaganda'),
      site('Karaganda', 'NGO partner Karaganda', 0.04, 'Temirtau'),
      site('Aktobe', 'NGO partner Aktobe', 0.08, 'Aktobe'),
      site('Kostanay', 'NGO partner Kostanay', 0.07, 'Kostanay'),
      site('Kyzylorda', 'NGO partner Kyzylorda', 0.07, 'Kyzylorda'),
      site('Petropavlovsk', 'NGO partner Petropavlovsk', 0.07, 'Petropavlovsk'),
      site('Taldykorgan', 'NGO partner Taldykorgan', 0.07, 'Taldykorgan'),
      site('Uralsk', 'NGO partner Uralsk', 0.08, 'Uralsk'),
      site('Ust-Kamenogorsk', 'NGO partner Ust-Kamenogorsk', 0.07, 'Ust-Kamenogorsk'),
    ],
  },
  {
    office: 'RUS',
    period: ['2020-10', '2021-04'],
    sites: [site('Moscow', '', 1, 'Moscow')],
  },
];

const MOSCOW_IOM = [site('Moscow', '', 1, 'Moscow')];
const LOST_INCOME: VulnerabilityFill = { code: 'lost_income', p: 0.85 };

export const ASSISTANCE_SEGMENTS: readonly Segment[] = [
  // ── Kyrgyzstan: 295 persons (163 m / 132 f), aged 2–69, 11 minors (3 boys / 8 girls) ──
  {
    id: 'kgz-avr',
    office: 'KGZ',
    description: 'Kyrgyz citizens assisted to return to Kyrgyzstan (AVR)',
    count: 18,
    sex: { male: 14, female: 4 },
    minors: { male: 0, female: 0 },
    age: { min: 21, max: 52 },
    citizenship: { KGZ: 18 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['avr'], sometimes: { transport: 0.9, pcr_test: 0.8, documents: 0.4, consultation: 0.7 } },
    returnCountry: 'citizenship',
    departureCountry: { exact: { RUS: 9, UKR: 5, KAZ: 4 } },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.95 }, { code: 'undocumented', p: 0.2 }] },
    referredBy: { 'NGO partner': 1 },
  },
  {
    id: 'kgz-predeparture-mda',
    office: 'KGZ',
    description: 'Stranded citizens of Moldova given pre-departure assistance',
    count: 19,
    sex: { male: 9, female: 10 },
    minors: { male: 1, female: 3 },
    age: { min: 4, max: 58 },
    citizenship: { MDA: 19 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['consultation', 'documents'], sometimes: { pcr_test: 0.85, medical: 0.5, food: 0.3 } },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.7 }, { code: 'undocumented', p: 0.3 }] },
    referredBy: { 'NGO partner': 1 },
    note: 'Pre-departure assistance is not recorded as `avr`: the seed counts 18 returns for Kyrgyzstan.',
  },
  {
    id: 'kgz-predeparture-rus',
    office: 'KGZ',
    description: 'A stranded migrant from the Russian Federation given pre-departure assistance',
    count: 1,
    sex: { male: 1, female: 0 },
    minors: { male: 0, female: 0 },
    age: { min: 44, max: 44 },
    citizenship: { RUS: 1 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['consultation', 'documents', 'pcr_test'] },
    vulnerabilities: { fill: [LOST_INCOME] },
    referredBy: { 'NGO partner': 1 },
    note: '"A stranded migrant from the Russian Federation" is read as a citizen of the Russian Federation.',
  },
  {
    id: 'kgz-food-nfi',
    office: 'KGZ',
    description: 'Food and non-food items for returned Kyrgyz migrants and other stranded migrants',
    count: 257,
    sex: { male: 139, female: 118 },
    minors: { male: 2, female: 5 },
    age: { min: 2, max: 69 },
    citizenship: { KGZ: 242, UZB: 7, TJK: 5, KAZ: 3 },
    minorCitizenship: { KGZ: 7 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['food', 'nfi'], sometimes: { hygiene_kit: 0.6, consultation: 0.5, medical: 0.08, psychosocial: 0.04 } },
    departureCountry: { citizenship: 'KGZ', weights: { RUS: 0.82, KAZ: 0.13, TUR: 0.03, KOR: 0.02 } },
    vulnerabilities: {
      fill: [
        { code: 'lost_income', p: 0.92 },
        { code: 'chronic_illness', p: 0.05 },
        { code: 'disability', p: 0.03 },
        { code: 'pregnant_lactating', p: 0.06, sex: 'female', minAge: 18 },
        { code: 'older_person', p: 0.8, minAge: 60 },
      ],
    },
    referredBy: { 'NGO partner': 0.7, 'Local authorities': 0.2, 'Self-referred': 0.1 },
    note: 'Citizenships other than KGZ (260), MDA (19) and RUS (1) are not in the seed: 15 are UZB 7, TJK 5, KAZ 3.',
  },
  // ── Tajikistan: 189 persons (124 m / 65 f), aged 20–55, 4 trafficking victims, 6 Moldovan families ──
  {
    id: 'tjk-returnees',
    office: 'TJK',
    description: 'Vulnerable returned labour migrants: food, non-food items and hygiene supplies',
    count: 183,
    sex: { male: 121, female: 62 },
    minors: { male: 0, female: 0 },
    age: { min: 20, max: 55 },
    citizenship: { TJK: 183 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['food', 'nfi', 'hygiene_kit'], sometimes: { consultation: 0.6, documents: 0.15, psychosocial: 0.05 } },
    departureCountry: { exact: { RUS: 167, KAZ: 8, AZE: 2, IND: 4, TUR: 2 } },
    vulnerabilities: {
      exact: { trafficking_victim: 4 },
      fill: [
        { code: 'lost_income', p: 0.88 },
        { code: 'gbv_survivor', p: 0.08, sex: 'female' },
        { code: 'chronic_illness', p: 0.05 },
        { code: 'disability', p: 0.03 },
      ],
    },
    referredBy: {
      'Migration Service': 0.35,
      'Department for Women and Family Affairs': 0.15,
      'Centre for Combating Trafficking in Human Beings': 0.05,
      'NGO outreach': 0.45,
    },
    note: 'The departure countries of the seed add up to 183 = 189 − 6 Moldovan families, who have none.',
  },
  {
    id: 'tjk-mda-families',
    office: 'TJK',
    description: 'Families of Moldova stranded in Tajikistan',
    count: 6,
    sex: { male: 3, female: 3 },
    minors: { male: 0, female: 0 },
    age: { min: 24, max: 48 },
    citizenship: { MDA: 6 },
    beneficiaryType: 'family',
    householdMembers: [2, 5],
    assistanceTypes: { always: ['food', 'nfi', 'hygiene_kit'], sometimes: { consultation: 0.5 } },
    vulnerabilities: { fill: [LOST_INCOME] },
    note: 'A family row counts once in 189 and its head gives sex and age.',
  },
  // ── Kazakhstan: 230 persons (134 m / 96 f) ──
  {
    id: 'kaz-avr',
    office: 'KAZ',
    description: 'Assisted voluntary return from Kazakhstan to the countries of origin',
    count: 110,
    sex: { male: 79, female: 31 },
    minors: { male: 11, female: 8 },
    age: { min: 1, max: 64 },
    citizenship: { UZB: 40, MDA: 38, RUS: 17, TJK: 13, UKR: 1, AFG: 1 },
    minorCitizenship: { MDA: 10, UZB: 6, RUS: 3 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['avr'], sometimes: { transport: 0.9, pcr_test: 0.85, documents: 0.45, medical: 0.3, consultation: 0.6 } },
    returnCountry: 'citizenship',
    departureCountry: { fixed: 'KAZ' },
    vulnerabilities: {
      fill: [
        LOST_INCOME,
        { code: 'undocumented', p: 0.3 },
        { code: 'pregnant_lactating', p: 0.08, sex: 'female', minAge: 18 },
        { code: 'disability', p: 0.03 },
        { code: 'trafficking_victim', p: 0.02, minAge: 18 },
      ],
    },
    referredBy: { 'NGO partner': 0.6, 'Embassy or consulate': 0.3, 'Self-referred': 0.1 },
    note: 'Return countries are the countries of origin, so citizenship = return country.',
  },
  {
    id: 'kaz-food-nfi',
    office: 'KAZ',
    description: 'Food and non-food items for stranded migrants',
    count: 120,
    sex: { male: 55, female: 65 },
    minors: { male: 1, female: 2 },
    age: { min: 2, max: 69 },
    citizenship: { UZB: 34, TJK: 32, KGZ: 25, RUS: 15, TKM: 13, AFG: 1 },
    minorCitizenship: { UZB: 2, TJK: 1 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['food', 'nfi'], sometimes: { hygiene_kit: 0.7, consultation: 0.5, documents: 0.2, medical: 0.1 } },
    vulnerabilities: {
      fill: [
        LOST_INCOME,
        { code: 'undocumented', p: 0.25 },
        { code: 'pregnant_lactating', p: 0.08, sex: 'female', minAge: 18 },
        { code: 'disability', p: 0.04 },
        { code: 'gbv_survivor', p: 0.05, sex: 'female' },
        { code: 'older_person', p: 0.8, minAge: 60 },
      ],
    },
    referredBy: { 'NGO partner': 0.7, 'Embassy or consulate': 0.15, 'Self-referred': 0.15 },
    note: 'The seed gives no minors for this group; its youngest (2) implies some: 3 chosen (1 boy, 2 girls).',
  },
  // ── Russian Federation (IOM Moscow): Moscow, Saint Petersburg, Yekaterinburg ──
  {
    id: 'rus-moscow-consultations',
    office: 'RUS',
    description: 'Information and phone consultations, Moscow',
    count: 647,
    sex: { male: 457, female: 190 },
    minors: { male: 0, female: 0 },
    age: { min: 18, max: 66 },
    citizenship: { TJK: 251, UZB: 213, KGZ: 131, MDA: 32, UKR: 20 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['consultation'] },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.6 }, { code: 'undocumented', p: 0.35 }] },
    sites: MOSCOW_IOM,
    note: 'The seed names the five citizenships but not their counts; partner left empty (IOM Moscow itself).',
  },
  {
    id: 'rus-spb-families',
    office: 'RUS',
    description: 'Humanitarian assistance to migrant families, Saint Petersburg (Russian Red Cross)',
    count: 32,
    sex: { male: 20, female: 12 },
    minors: { male: 0, female: 0 },
    age: { min: 22, max: 58 },
    citizenship: { UZB: 9, TJK: 8, KGZ: 8, UKR: 5, AZE: 1, AFG: 1 },
    beneficiaryType: 'family',
    householdMembers: [2, 7],
    assistanceTypes: { always: ['food', 'nfi', 'hygiene_kit'], sometimes: { medical: 0.25, transport: 0.1, pcr_test: 0.1 } },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.95 }, { code: 'chronic_illness', p: 0.1 }] },
    sites: [site('Saint Petersburg', 'Russian Red Cross', 1, 'Saint Petersburg')],
  },
  {
    id: 'rus-ekb-humanitarian',
    office: 'RUS',
    description: 'Humanitarian assistance, Yekaterinburg (Ural House)',
    count: 365,
    sex: { male: 251, female: 114 },
    minors: { male: 0, female: 0 },
    age: { min: 18, max: 67 },
    citizenship: { TJK: 152, UZB: 121, KGZ: 76, AZE: 9, UKR: 7 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['food', 'nfi'], sometimes: { hygiene_kit: 0.6, medical: 0.08 } },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.9 }, { code: 'undocumented', p: 0.2 }] },
    sites: [site('Sverdlovsk Oblast', 'Ural House', 1, 'Yekaterinburg')],
    note: 'The 365 humanitarian and 19 return cases are read as distinct people (384 records).',
  },
  {
    id: 'rus-ekb-return',
    office: 'RUS',
    description: 'Assistance to return home, Yekaterinburg (Ural House)',
    count: 19,
    sex: { male: 16, female: 3 },
    minors: { male: 0, female: 0 },
    age: { min: 22, max: 60 },
    citizenship: { TJK: 12, KGZ: 7 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['avr'], sometimes: { transport: 0.9, pcr_test: 0.9 } },
    returnCountry: 'citizenship',
    departureCountry: { fixed: 'RUS' },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.9 }] },
    sites: [site('Sverdlovsk Oblast', 'Ural House', 1, 'Yekaterinburg')],
    note: 'Citizenships not in the seed; none Uzbek, so that AVR to Uzbekistan stays the 76 of IOM Uzbekistan.',
  },
  {
    id: 'rus-avr-uzb',
    office: 'RUS',
    description: 'Assisted voluntary return to Uzbekistan, with IOM Uzbekistan',
    count: 76,
    sex: { male: 37, female: 39 },
    minors: { male: 6, female: 5 },
    age: { min: 0.17, max: 78 },
    citizenship: { UZB: 76 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['avr'], sometimes: { transport: 0.95, pcr_test: 0.9, medical: 0.15 } },
    returnCountry: 'citizenship',
    departureCountry: { fixed: 'RUS' },
    vulnerabilities: {
      fill: [
        { code: 'lost_income', p: 0.8 },
        { code: 'chronic_illness', p: 0.1 },
        { code: 'older_person', p: 0.9, minAge: 60 },
        { code: 'pregnant_lactating', p: 0.1, sex: 'female', minAge: 18 },
      ],
    },
    referredBy: {
      'Agency for External Labour Migration of the Republic of Uzbekistan (AELM)': 0.7,
      'Consulate of Uzbekistan': 0.3,
    },
    sites: MOSCOW_IOM,
    note: 'The seed says 76 migrants (31 male, 34 female): 31 + 34 = 65. Read as 65 adults plus 11 children (6 boys, 5 girls), which the youngest, aged 2 months, supports: 37 male, 39 female in all.',
  },
  {
    id: 'rus-tong-jahoni',
    office: 'RUS',
    description: "Humanitarian assistance with the NGO 'Tong Jahoni'",
    count: 313,
    sex: { male: 308, female: 5 },
    minors: { male: 0, female: 0 },
    age: { min: 19, max: 63 },
    citizenship: { UZB: 313 },
    beneficiaryType: 'individual',
    assistanceTypes: { always: ['food', 'nfi'], sometimes: { medical: 0.5 } },
    vulnerabilities: { fill: [{ code: 'lost_income', p: 0.9 }, { code: 'undocumented', p: 0.25 }] },
    sites: [site('Moscow', 'Tong Jahoni', 1, 'Moscow')],
    note: 'The seed gives no place: recorded in Moscow.',
  },
];

/** Records of the bundled sample: the sum of the segments (2,166). */
export const SEED_TOTAL = ASSISTANCE_SEGMENTS.reduce((s, g) => s + g.count, 0);

// ── The seed's statements as checks over the records ──────────────────────────────────────────

export interface FactFilter {
  office: string;
  /** Records whose assistance_types include this code. */
  type?: string;
  /** Records whose assistance_types include any of these codes. */
  anyType?: readonly string[];
  city?: string;
  partner?: string;
  beneficiaryType?: 'individual' | 'family';
  returnCountry?: string;
  /** Only records aged 18 or more. */
  adults?: boolean;
}

export type FactMeasure =
  | { kind: 'count'; expected: number }
  /** Counts of the non-empty values of a column; `partial`: only the listed values are checked. */
  | { kind: 'countBy'; column: string; expected: Quota; partial?: boolean }
  | { kind: 'ageRange'; expected: readonly [number, number] }
  | { kind: 'minorsBySex'; expected: { male: number; female: number } }
  /** The set of distinct non-empty values of a column. */
  | { kind: 'distinct'; column: string; expected: readonly string[] }
  | { kind: 'distinctCount'; column: string; expected: number }
  | { kind: 'vulnerability'; code: string; expected: number }
  /** First and last month (YYYY-MM) of the date column. */
  | { kind: 'period'; expected: readonly [string, string] };

export interface SeedFact {
  id: string;
  filter: FactFilter;
  measure: FactMeasure;
  /** The seed's words. */
  seed: string;
  note?: string;
}

const F = (id: string, filter: FactFilter, measure: FactMeasure, seed: string, note?: string): SeedFact =>
  note === undefined ? { id, filter, measure, seed } : { id, filter, measure, seed, note };

export const SEED_FACTS: readonly SeedFact[] = [
  // Kyrgyzstan
  F('kgz.period', { office: 'KGZ' }, { kind: 'period', expected: ['2020-10', '2021-04'] }, 'During the period of October 2020 – April 2021'),
  F('kgz.partners', { office: 'KGZ' }, { kind: 'distinctCount', column: 'partner', expected: 9 }, 'nine NGO partners'),
  F('kgz.provinces', { office: 'KGZ' }, { kind: 'distinct', column: 'admin1', expected: ['Batken', 'Chui', 'Issyk-Kul', 'Jalal-Abad', 'Naryn', 'Osh', 'Talas'] }, 'Chui, Talas, Batken, Issyk Kul, Jalal-Abad, Naryn, and Osh'),
  F('kgz.total', { office: 'KGZ' }, { kind: 'count', expected: 295 }, 'In total, 295 vulnerable migrants'),
  F('kgz.sex', { office: 'KGZ' }, { kind: 'countBy', column: 'sex', expected: { male: 163, female: 132 } }, '163 male migrants, 132 female migrants'),
  F('kgz.age', { office: 'KGZ' }, { kind: 'ageRange', expected: [2, 69] }, 'aged 2 to 69'),
  F('kgz.minors', { office: 'KGZ' }, { kind: 'minorsBySex', expected: { male: 3, female: 8 } }, 'including 11 minors (3 boys/8 girls)'),
  F('kgz.citizenship', { office: 'KGZ' }, { kind: 'countBy', column: 'citizenship', expected: { KGZ: 260, MDA: 19, RUS: 1 }, partial: true }, '260 vulnerable migrants are citizens of Kyrgyzstan … One stranded migrant from the Russian Federation and 19 stranded migrant citizens of Moldova', 'The other 15 are not in the seed.'),
  F('kgz.avr', { office: 'KGZ', type: 'avr' }, { kind: 'count', expected: 18 }, '18 migrants … were assisted with their return to Kyrgyzstan'),
  F('kgz.avr.return', { office: 'KGZ', type: 'avr' }, { kind: 'countBy', column: 'return_country', expected: { KGZ: 18 } }, 'their return to Kyrgyzstan'),
  F('kgz.avr.departure', { office: 'KGZ', type: 'avr' }, { kind: 'countBy', column: 'departure_country', expected: { RUS: 9, UKR: 5, KAZ: 4 } }, 'Nine of them are migrants from the Russian Federation, five migrants are from Ukraine, and four migrants are from Kazakhstan.'),
  // Tajikistan
  F('tjk.period', { office: 'TJK' }, { kind: 'period', expected: ['2020-10', '2021-05'] }, 'Between October, 2020 and May, 2021'),
  F('tjk.partners', { office: 'TJK' }, { kind: 'distinctCount', column: 'partner', expected: 7 }, 'seven implementing partners'),
  F('tjk.provinces', { office: 'TJK' }, { kind: 'distinct', column: 'admin1', expected: ['Districts of Republican Subordination', 'Gorno-Badakhshan Autonomous Region', 'Khatlon Region', 'Sughd Region'] }, 'Sughd Region, Khatlon Region, Gorno-Badakhshan Autonomous Region, and in the Districts of Republican Subordination'),
  F('tjk.total', { office: 'TJK' }, { kind: 'count', expected: 189 }, 'In total, 189 vulnerable migrants'),
  F('tjk.sex', { office: 'TJK' }, { kind: 'countBy', column: 'sex', expected: { male: 124, female: 65 } }, '124 male migrants, 65 female migrants'),
  F('tjk.trafficking', { office: 'TJK' }, { kind: 'vulnerability', code: 'trafficking_victim', expected: 4 }, 'including four victims of human trafficking'),
  F('tjk.families', { office: 'TJK', beneficiaryType: 'family' }, { kind: 'countBy', column: 'citizenship', expected: { MDA: 6 } }, 'six families of Moldova who were stranded in Tajikistan'),
  F('tjk.age', { office: 'TJK' }, { kind: 'ageRange', expected: [20, 55] }, 'Beneficiaries were 20 to 55 years of age'),
  F('tjk.minors', { office: 'TJK' }, { kind: 'minorsBySex', expected: { male: 0, female: 0 } }, 'Beneficiaries were 20 to 55 years of age'),
  F('tjk.departure', { office: 'TJK' }, { kind: 'countBy', column: 'departure_country', expected: { RUS: 167, KAZ: 8, AZE: 2, IND: 4, TUR: 2 } }, 'mostly been working in the Russian Federation (167), while others had been in Kazakhstan (8), Azerbaijan (2), India (4) and Turkey (2)', '167 + 8 + 2 + 4 + 2 = 183: the six Moldovan families have no departure country.'),
  F('tjk.food-nfi', { office: 'TJK', anyType: ['food', 'nfi'] }, { kind: 'count', expected: 189 }, 'received assistance (in the form of a purchase demanded food and non-food products)'),
  F('tjk.hygiene', { office: 'TJK', type: 'hygiene_kit' }, { kind: 'count', expected: 189 }, 'sanitary and hygienic supplies … were purchased for all the beneficiaries'),
  // Kazakhstan
  F('kaz.period', { office: 'KAZ' }, { kind: 'period', expected: ['2020-10', '2021-05'] }, 'Between October 2020 – May 2021'),
  F('kaz.partners', { office: 'KAZ' }, { kind: 'distinctCount', column: 'partner', expected: 11 }, 'eleven contracted NGOs'),
  F('kaz.provinces', { office: 'KAZ' }, { kind: 'distinct', column: 'admin1', expected: ['Aktobe', 'Almaty', 'Karaganda', 'Kostanay', 'Kyzylorda', 'Nur-Sultan', 'Petropavlovsk', 'Shymkent', 'Taldykorgan', 'Uralsk', 'Ust-Kamenogorsk'] }, 'Aktobe, Almaty, Karaganda/Temirtau, Kostanay, Kyzylorda, Nur-Sultan, Petropavlovsk, Shymkent, Taldykorgan, Uralsk, and Ust-Kamenogorsk'),
  F('kaz.total', { office: 'KAZ' }, { kind: 'count', expected: 230 }, 'In total, 230 vulnerable migrants'),
  F('kaz.sex', { office: 'KAZ' }, { kind: 'countBy', column: 'sex', expected: { male: 134, female: 96 } }, '134 male migrants, 96 female migrants'),
  F('kaz.age', { office: 'KAZ' }, { kind: 'ageRange', expected: [1, 69] }, 'aged 2 to 69', 'The seed contradicts itself: the AVR group is "aged 1 to 64", so the youngest of all is 1, not 2. Kept: AVR 1–64, food/NFI 2–69, all 1–69.'),
  F('kaz.avr', { office: 'KAZ', type: 'avr' }, { kind: 'count', expected: 110 }, 'Assisted voluntary return was provided to 110 vulnerable migrants'),
  F('kaz.avr.sex', { office: 'KAZ', type: 'avr' }, { kind: 'countBy', column: 'sex', expected: { male: 79, female: 31 } }, '79 male migrants, 31 female migrants'),
  F('kaz.avr.age', { office: 'KAZ', type: 'avr' }, { kind: 'ageRange', expected: [1, 64] }, 'aged 1 to 64'),
  F('kaz.avr.minors', { office: 'KAZ', type: 'avr' }, { kind: 'minorsBySex', expected: { male: 11, female: 8 } }, 'including 19 minors (11 boys/8 girls)'),
  F('kaz.avr.return', { office: 'KAZ', type: 'avr' }, { kind: 'countBy', column: 'return_country', expected: { UZB: 40, MDA: 38, RUS: 17, TJK: 13, UKR: 1, AFG: 1 } }, 'Uzbekistan (40), Moldova (38), the Russian Federation (17), Tajikistan (13), Ukraine (1), and Afghanistan (1)'),
  F('kaz.food-nfi', { office: 'KAZ', anyType: ['food', 'nfi'] }, { kind: 'count', expected: 120 }, 'food and NFIs was provided to 120 vulnerable migrants'),
  F('kaz.food-nfi.sex', { office: 'KAZ', anyType: ['food', 'nfi'] }, { kind: 'countBy', column: 'sex', expected: { male: 55, female: 65 } }, '55 male migrants, 65 female migrants'),
  F('kaz.food-nfi.citizenship', { office: 'KAZ', anyType: ['food', 'nfi'] }, { kind: 'countBy', column: 'citizenship', expected: { UZB: 34, TJK: 32, KGZ: 25, RUS: 15, TKM: 13, AFG: 1 } }, 'Uzbekistan (34), Tajikistan (32), Kyrgyzstan (25), the Russian Federation (15), Turkmenistan (13), and Afghanistan (1)'),
  // Russian Federation
  F('rus.period', { office: 'RUS' }, { kind: 'period', expected: ['2020-10', '2021-04'] }, 'During the period of October 2020 – April 2021'),
  F('rus.cities', { office: 'RUS' }, { kind: 'distinct', column: 'city', expected: ['Moscow', 'Saint Petersburg', 'Yekaterinburg'] }, 'across Moscow, Saint Petersburg, and Yekaterinburg'),
  F('rus.moscow', { office: 'RUS', city: 'Moscow', type: 'consultation' }, { kind: 'count', expected: 647 }, 'IOM Moscow supported 647 migrants'),
  F('rus.moscow.sex', { office: 'RUS', city: 'Moscow', type: 'consultation' }, { kind: 'countBy', column: 'sex', expected: { male: 457, female: 190 } }, '457 male migrants, 190 female migrants'),
  F('rus.moscow.citizenship', { office: 'RUS', city: 'Moscow', type: 'consultation' }, { kind: 'distinct', column: 'citizenship', expected: ['KGZ', 'MDA', 'TJK', 'UKR', 'UZB'] }, 'of Tajikistan, Uzbekistan, Kyrgyzstan, Moldova and Ukraine'),
  F('rus.spb', { office: 'RUS', city: 'Saint Petersburg', beneficiaryType: 'family' }, { kind: 'count', expected: 32 }, 'Humanitarian assistance was provided to 32 migrant families'),
  F('rus.spb.partner', { office: 'RUS', city: 'Saint Petersburg' }, { kind: 'distinct', column: 'partner', expected: ['Russian Red Cross'] }, 'the Russian Red Cross'),
  F('rus.spb.citizenship', { office: 'RUS', city: 'Saint Petersburg', beneficiaryType: 'family' }, { kind: 'countBy', column: 'citizenship', expected: { UZB: 9, TJK: 8, KGZ: 8, UKR: 5, AZE: 1, AFG: 1 } }, 'Uzbekistan (9), Tajikistan (8), Kyrgyzstan (8), Ukraine (5), Azerbaijan (1), and Afghanistan (1)'),
  F('rus.ekb.humanitarian', { office: 'RUS', city: 'Yekaterinburg', partner: 'Ural House', anyType: ['food', 'nfi'] }, { kind: 'count', expected: 365 }, 'A total of 365 migrants were provided with humanitarian assistance'),
  F('rus.ekb.return', { office: 'RUS', city: 'Yekaterinburg', partner: 'Ural House', type: 'avr' }, { kind: 'count', expected: 19 }, '19 were provided with assistance to return to their home countries'),
  F('rus.avr-uzb', { office: 'RUS', type: 'avr', returnCountry: 'UZB' }, { kind: 'count', expected: 76 }, 'the assisted voluntary return from the Russian Federation was provided to 76 vulnerable migrants'),
  F('rus.avr-uzb.adults', { office: 'RUS', type: 'avr', returnCountry: 'UZB', adults: true }, { kind: 'countBy', column: 'sex', expected: { male: 31, female: 34 } }, '31 male migrants and 34 female migrants', '31 + 34 = 65 ≠ 76: read as the adults; the other 11 are children (6 boys, 5 girls).'),
  F('rus.avr-uzb.minors', { office: 'RUS', type: 'avr', returnCountry: 'UZB' }, { kind: 'minorsBySex', expected: { male: 6, female: 5 } }, 'Their ages range from 2 months', 'Not in the seed: the 11 not counted as male or female migrants.'),
  F('rus.avr-uzb.age', { office: 'RUS', type: 'avr', returnCountry: 'UZB' }, { kind: 'ageRange', expected: [0.17, 78] }, 'Their ages range from 2 months to 78 years old', '2 months = 0.17 years.'),
  F('rus.tong-jahoni', { office: 'RUS', partner: 'Tong Jahoni' }, { kind: 'count', expected: 313 }, "in collaboration with a partner-NGO 'Tong Jahoni' … 313 vulnerable migrants"),
  F('rus.tong-jahoni.sex', { office: 'RUS', partner: 'Tong Jahoni' }, { kind: 'countBy', column: 'sex', expected: { male: 308, female: 5 } }, '308 male migrants/ 5 female migrants'),
];
