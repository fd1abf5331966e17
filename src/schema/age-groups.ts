/** Age groups of the survey, and the minor rule of the assistance records. */
import type { Code } from './types.js';

export interface AgeGroup extends Code {
  min: number;
  /** Inclusive upper bound; Infinity for the open group. */
  max: number;
}

/** Under this age a person is a minor (assistance records); the adult age groups start here. */
export const MINOR_AGE = 18;

export const SURVEY_AGE_GROUPS: readonly AgeGroup[] = [
  { code: '14_17', min: 14, max: 17, label: { en: '14–17', ru: '14–17' } },
  { code: '18_24', min: 18, max: 24, label: { en: '18–24', ru: '18–24' } },
  { code: '25_34', min: 25, max: 34, label: { en: '25–34', ru: '25–34' } },
  { code: '35_44', min: 35, max: 44, label: { en: '35–44', ru: '35–44' } },
  { code: '45_54', min: 45, max: 54, label: { en: '45–54', ru: '45–54' } },
  { code: '55_64', min: 55, max: 64, label: { en: '55–64', ru: '55–64' } },
  { code: '65_plus', min: 65, max: Infinity, label: { en: '65+', ru: '65+' } },
];

/** Age groups for assistance records (all ages): the children's groups, then the survey's adult ones. */
export const ASSISTANCE_AGE_GROUPS: readonly AgeGroup[] = [
  { code: '0_4', min: 0, max: 4, label: { en: '0–4', ru: '0–4' } },
  { code: '5_11', min: 5, max: 11, label: { en: '5–11', ru: '5–11' } },
  { code: '12_17', min: 12, max: 17, label: { en: '12–17', ru: '12–17' } },
  ...SURVEY_AGE_GROUPS.filter((g) => g.min >= MINOR_AGE),
];

export function ageGroupOf(age: number | null | undefined, groups: readonly AgeGroup[]): string | null {
  if (age === null || age === undefined || !Number.isFinite(age)) return null;
  const whole = Math.floor(age);
  for (const g of groups) if (whole >= g.min && whole <= g.max) return g.code;
  return null;
}
