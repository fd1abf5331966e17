/** The synthetic survey's design, data/sample/survey-design.json, read once (schema/survey-design.ts). */
import { loadBundledData } from '../schema/data-file.js';
import { surveyDesignFileSchema } from '../schema/survey-design.js';

export const SURVEY_DESIGN = loadBundledData('data/sample/survey-design.json', surveyDesignFileSchema);
