/**
 * The design of the synthetic survey: which countries, which population group each surveys, the
 * share of each in the sample, the share of men, whose citizens the stranded migrants are, and
 * where returnees had last worked. Dates: round R1, October 2020 – April 2021.
 */
import { Weighted, weighted } from './choice.js';

export const SURVEY_ROUND = 'R1';
export const INTERVIEW_FROM = '2020-10-01';
export const INTERVIEW_TO = '2021-04-30';
/** Returnees came back during or after March 2020 (glossary of the seed bulletin). */
export const RETURNS_FROM = '2020-03-01';

export type PopulationGroup = 'returnee' | 'stranded_migrant';

export interface CountryFrame {
  iso3: string;
  group: PopulationGroup;
  share: number;
  maleShare: number;
  citizenship: Weighted<string>;
  /** Returnees: last country of work. Stranded migrants: always the host country. */
  lastCountry: Weighted<string>;
  /** Sampling weight of a man / a woman (persons represented), used with --weighted. */
  weight: { male: number; female: number };
}

const itself = (iso3: string) => weighted({ [iso3]: 1 });

export const COUNTRY_FRAMES: readonly CountryFrame[] = [
  {
    iso3: 'KGZ', group: 'returnee', share: 0.27, maleShare: 0.74, citizenship: itself('KGZ'),
    lastCountry: weighted({ RUS: 0.78, KAZ: 0.14, TUR: 0.04, KOR: 0.03, ARE: 0.01 }),
    weight: { male: 118, female: 96 },
  },
  {
    iso3: 'TJK', group: 'returnee', share: 0.25, maleShare: 0.84, citizenship: itself('TJK'),
    lastCountry: weighted({ RUS: 0.89, KAZ: 0.05, TUR: 0.02, KOR: 0.02, ARE: 0.02 }),
    weight: { male: 142, female: 121 },
  },
  {
    iso3: 'UZB', group: 'returnee', share: 0.1, maleShare: 0.8, citizenship: itself('UZB'),
    lastCountry: weighted({ RUS: 0.7, KAZ: 0.15, KOR: 0.07, TUR: 0.06, ARE: 0.02 }),
    weight: { male: 410, female: 365 },
  },
  {
    iso3: 'KAZ', group: 'stranded_migrant', share: 0.19, maleShare: 0.76,
    citizenship: weighted({ UZB: 0.48, TJK: 0.22, KGZ: 0.23, TKM: 0.05, AFG: 0.02 }),
    lastCountry: itself('KAZ'),
    weight: { male: 64, female: 58 },
  },
  {
    iso3: 'RUS', group: 'stranded_migrant', share: 0.19, maleShare: 0.78,
    citizenship: weighted({ UZB: 0.41, TJK: 0.34, KGZ: 0.2, MDA: 0.03, UKR: 0.02 }),
    lastCountry: itself('RUS'),
    weight: { male: 212, female: 187 },
  },
];

export const COUNTRY_CHOICE = new Weighted(COUNTRY_FRAMES.map((f) => [f, f.share] as const));
