/**
 * Where the synthetic survey was conducted, and how real exports spell those places: a mix of
 * ISO 3166-2 codes, English names and Russian names — only spellings that a competent place
 * matcher (ISO code, English or Russian name, with or without "oblast"/"область"/"region", the
 * usual city names) resolves. Shares are the weight of each province in the country's sample
 * (`places` of data/sample/survey-design.json).
 */
import type { SurveyProvince } from '../schema/survey-design.js';
import { SURVEY_DESIGN } from './survey-design.js';

export type { SurveyProvince };

export const SURVEY_PLACES: Readonly<Record<string, readonly SurveyProvince[]>> = SURVEY_DESIGN.places;
