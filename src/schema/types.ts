/**
 * The shape of an instrument declaration. Instruments (data/schema/survey.json, assistance.json)
 * are data in this shape, checked against `instrumentSpecSchema` by the tests; the row checkers of
 * validate/ and the zod row schemas of the tests (test/helpers/row-schema.ts) are derived from them.
 */
import { z } from 'zod';

export const labelSchema = z.object({ en: z.string().min(1), ru: z.string().min(1) });
export type Label = z.infer<typeof labelSchema>;

export const codeSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  label: labelSchema,
  /**
   * A sensitive trait (trafficking, gender-based violence, unaccompanied minors, eviction …): a
   * count of 1 … N−1 people with it is never published, even as the numerator of a share whose
   * base is large (analyse/sdc).
   */
  sensitive: z.boolean().optional(),
  /**
   * The answer as running text names it when a sentence says it was given most often: an English
   * noun phrase ("the loss of a job"), a Russian noun phrase in the nominative («потеря работы»).
   * Without it the label is used, starting in lower case.
   */
  sentence: labelSchema.optional(),
});
export type Code = z.infer<typeof codeSchema>;

const columnTypeSchema = z.enum([
  'id', // text, unique in the file
  'text', // free text: kept for validation, never published
  'date', // YYYY-MM-DD and the accepted variants
  'iso3', // ISO 3166-1 alpha-3 country code
  'currency', // ISO 4217 code from the currency list
  'admin1', // province: ISO 3166-2 code or name (matched by schema/places.ts)
  'code', // single choice from `codes`
  'yesno', // yes/no (accepts 1/0, true/false, да/нет)
  'integer',
  'number',
  'multi', // select_multiple from `codes`
]);
export type ColumnType = z.infer<typeof columnTypeSchema>;

export const columnSpecSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  type: columnTypeSchema,
  required: z.boolean().default(false),
  label: labelSchema,
  codes: z.array(codeSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Dates: the earliest plausible (YYYY-MM-DD); earlier is an error. */
  minDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Dates: the latest plausible — `cutoff`, the data cut-off (the build's date unless --cutoff) — or a date; later is an error. */
  maxDate: z.union([z.literal('cutoff'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional(),
  /** Lower bound that is exclusive (weight > 0). */
  exclusiveMin: z.boolean().optional(),
  /** For single-choice questions: whether dnk / pnta are accepted (they are, by the contract). */
  nonResponse: z.boolean().optional(),
  /** Value assumed when the cell is empty. */
  default: z.string().optional(),
  /** Which population group the question is asked of (for notes and filters). */
  asked: z.enum(['returnee', 'stranded_migrant']).optional(),
  note: z.string().optional(),
  /**
   * For `text` columns: the form of a value that may be published (a regular expression matched
   * against the whole value, e.g. `R\\d+` for survey rounds). Any other value is a warning
   * (`<column>.pattern`) and is withheld (read as missing).
   */
  pattern: z.string().optional(),
  /**
   * For `text` columns whose values become published labels or words (partner, city, survey
   * round): a value shaped like a phone number, e-mail, coordinates or a person's name is a
   * warning (`<column>.personal`) and is withheld (read as missing). Default true for `text`.
   */
  screen: z.boolean().optional(),
});
export type ColumnSpec = z.input<typeof columnSpecSchema>;

const crossRuleSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning']),
  columns: z.array(z.string()).min(1),
  description: z.string(),
});
export type CrossRule = z.infer<typeof crossRuleSchema>;

export const instrumentSpecSchema = z.object({
  kind: z.enum(['survey', 'assistance']),
  label: labelSchema,
  /** The column that identifies a row (unique in a file). */
  idColumn: z.string(),
  /** The date column that sets the period. */
  dateColumn: z.string(),
  /** The column naming the country of the section (country of interview / office). */
  countryColumn: z.string(),
  columns: z.array(columnSpecSchema),
  rules: z.array(crossRuleSchema),
});
export type InstrumentSpec = z.input<typeof instrumentSpecSchema>;
export type InstrumentKind = InstrumentSpec['kind'];
