/** Bulletin 1 variables of a synthetic respondent: sex, age, marital status, education, household. */
import { Weighted, weighted } from './choice.js';
import { nonResponse } from './nonresponse.js';
import type { Rng } from './random.js';
import type { CountryFrame } from './survey-frame.js';

export type Sex = 'male' | 'female';

export interface Profile {
  sex: Sex;
  age: number;
  marital_status: string;
  education: string;
  household_size: string;
  children_in_household: string;
  main_breadwinner: string;
}

/** Age bands (inclusive) and their weights: mostly 25–44, few teenagers, few over 55. */
const AGE_BANDS = new Weighted<readonly [number, number]>([
  [[16, 17], 0.01],
  [[18, 24], 0.15],
  [[25, 34], 0.36],
  [[35, 44], 0.26],
  [[45, 54], 0.15],
  [[55, 64], 0.06],
  [[65, 72], 0.01],
]);

const MARITAL_YOUNG = weighted({ single: 0.8, married: 0.19, divorced: 0.01 });
const MARITAL_TWENTIES = weighted({ single: 0.35, married: 0.6, divorced: 0.04, widowed: 0.01 });
const MARITAL_MEN = weighted({ single: 0.06, married: 0.84, divorced: 0.07, widowed: 0.03 });
const MARITAL_WOMEN = weighted({ single: 0.08, married: 0.66, divorced: 0.14, widowed: 0.12 });

const EDUCATION = weighted({
  none: 0.01, primary: 0.04, lower_secondary: 0.12, upper_secondary: 0.46, vocational: 0.21, higher: 0.16,
});

const HOUSEHOLD_SIZE = weighted({
  1: 0.04, 2: 0.05, 3: 0.09, 4: 0.14, 5: 0.17, 6: 0.16, 7: 0.13, 8: 0.09, 9: 0.05, 10: 0.04, 11: 0.02, 12: 0.02,
});

export function drawProfile(rng: Rng, frame: CountryFrame): Profile {
  const sex: Sex = rng.chance(frame.maleShare) ? 'male' : 'female';
  const [lo, hi] = AGE_BANDS.draw(rng);
  const age = rng.int(lo, hi);
  const marital =
    age < 22 ? MARITAL_YOUNG : age < 30 ? MARITAL_TWENTIES : sex === 'male' ? MARITAL_MEN : MARITAL_WOMEN;
  const size = Number(HOUSEHOLD_SIZE.draw(rng));
  // At least one adult (the respondent): children are always fewer than the household.
  const adults = Math.min(size, 1 + rng.int(1, 3));
  const children = size - adults;
  return {
    sex,
    age,
    marital_status: (nonResponse(rng, 0.015) ?? marital.draw(rng)),
    education: (nonResponse(rng) ?? EDUCATION.draw(rng)),
    household_size: String(size),
    children_in_household: String(children),
    main_breadwinner: (nonResponse(rng, 0.015) ?? (rng.chance(sex === 'male' ? 0.72 : 0.41) ? 'yes' : 'no')),
  };
}
