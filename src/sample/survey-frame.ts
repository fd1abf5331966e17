/**
 * The design of the synthetic survey (`frames` of data/sample/survey-design.json): which countries,
 * which population group each surveys, the share of each in the sample, the share of men, whose
 * citizens the stranded migrants are, and where returnees had last worked. Dates: round R1,
 * October 2020 – April 2021.
 */
import { Weighted, weighted } from './choice.js';
import { SURVEY_DESIGN } from './survey-design.js';

export const SURVEY_ROUND = SURVEY_DESIGN.round;
export const INTERVIEW_FROM = SURVEY_DESIGN.interviewFrom;
export const INTERVIEW_TO = SURVEY_DESIGN.interviewTo;
/** Returnees came back during or after March 2020 (glossary of the seed bulletin). */
export const RETURNS_FROM = SURVEY_DESIGN.returnsFrom;

type PopulationGroup = 'returnee' | 'stranded_migrant';

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

const COUNTRY_FRAMES: readonly CountryFrame[] = SURVEY_DESIGN.frames.map((f) => ({
  iso3: f.iso3,
  group: f.group,
  share: f.share,
  maleShare: f.maleShare,
  citizenship: weighted(f.citizenship),
  lastCountry: weighted(f.lastCountry),
  weight: f.weight,
}));

export const COUNTRY_CHOICE = new Weighted(COUNTRY_FRAMES.map((f) => [f, f.share] as const));
