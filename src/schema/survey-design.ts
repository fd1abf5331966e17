/**
 * The shape of the synthetic survey's design, data/sample/survey-design.json (read by
 * sample/survey-frame.ts and sample/survey-places.ts; schemas/survey-design.schema.json is
 * generated from `surveyDesignFileSchema`).
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const iso3 = z.string().regex(/^[A-Z]{3}$/);
/** Relative weights of the values (they need not add up to 1). */
const weights = z.record(z.string(), z.number().min(0));

const frameSchema = z.strictObject({
  iso3,
  /** The population group the country surveys. */
  group: z.enum(['returnee', 'stranded_migrant']),
  /** The country's share of the sample. */
  share: z.number().positive(),
  maleShare: z.number().min(0).max(1),
  /** Whose citizens the respondents are. */
  citizenship: weights,
  /** Returnees: last country of work. Stranded migrants: always the host country. */
  lastCountry: weights,
  /** Sampling weight of a man / a woman (persons represented), used with --weighted. */
  weight: z.strictObject({ male: z.number().positive(), female: z.number().positive() }),
});

const provinceSchema = z.strictObject({
  /** ISO 3166-2 code of the province (for tests and documentation; the file holds a spelling). */
  iso: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  /** The weight of the province in the country's sample. */
  share: z.number().positive(),
  /** Spellings as found in exports, with their relative frequency. */
  spellings: weights,
});
export type SurveyProvince = z.infer<typeof provinceSchema>;

export const surveyDesignFileSchema = z.strictObject({
  $schema: z.string().optional(),
  round: z.string().min(1),
  interviewFrom: day,
  interviewTo: day,
  /** Returnees came back during or after this day (glossary of the seed bulletin). */
  returnsFrom: day,
  frames: z.array(frameSchema).min(1),
  /** Where the survey was conducted, by country, and how real exports spell those places. */
  places: z.record(iso3, z.array(provinceSchema).min(1)),
});
