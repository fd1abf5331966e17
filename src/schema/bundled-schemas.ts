/**
 * The schemas of the bundled tables read on the start-up path of every command: the code lists
 * (data/schema/codes.json, read by codes.ts), the place table (data/schema/places.json, read by
 * place-entries.ts) and the instruments (data/schema/survey.json, assistance.json, read by
 * instruments.ts) and the countries (data/schema/countries.json, read by countries.ts). Those modules read the files without loading zod (schema/data-file.ts); these
 * schemas check them in the tests and give schemas/codes.schema.json, schemas/places.schema.json
 * and schemas/instrument.schema.json.
 */
import { z } from 'zod';
import { codeSchema, columnSpecSchema, instrumentSpecSchema, labelSchema } from './types.js';

const codeList = z.array(codeSchema).min(1);
const LIST_NAMES = [
  'non_response', 'yes_no', 'population_group', 'sex', 'marital_status', 'education', 'migration_reason', 'return_reason',
  'return_transport', 'stranded_reason', 'remigration_intention', 'remittance_frequency', 'remittance_change',
  'remittance_channel', 'remittance_use', 'household_remittance_share', 'employment', 'sector', 'income_change',
  'covid_impacts', 'health_access', 'info_sources', 'survey_vulnerabilities', 'priority_needs', 'beneficiary_type',
  'assistance_types', 'assistance_vulnerabilities',
] as const;
export type CodeListName = (typeof LIST_NAMES)[number];

export const codesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** `other`, as every code list labels it (a variable without it still gets a label: a colour key). */
  other: codeSchema,
  /** Every code list by name, each once. */
  lists: z.record(z.enum(LIST_NAMES), codeList),
  /** How remittance channels group into formal / informal / digital in bulletin 3. */
  remittance_channel_kind: z.record(z.string(), z.enum(['formal', 'informal', 'digital'])),
  special_labels: z.record(z.string(), labelSchema),
});
export type CodesFile = z.output<typeof codesFileSchema>;

const divisionSchema = z.strictObject({
  /** ISO 3166-2. */
  code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  kind: z.enum(['city', 'region']),
  en: z.string().min(1),
  ru: z.string().min(1),
  /** Other spellings that mean this division (matched by schema/places.ts). */
  aliases: z.array(z.string().min(1)),
});

export const placesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** ISO 3166-1 alpha-3 country → its first-level divisions. */
  divisions: z.record(z.string().regex(/^[A-Z]{3}$/), z.array(divisionSchema).min(1)),
});
export type PlacesFile = z.output<typeof placesFileSchema>;

/** An instrument as declared in its file: a column names its code list (`"codes": "sex"`). */
export const instrumentFileSchema = z.strictObject({
  ...instrumentSpecSchema.shape,
  $schema: z.string().optional(),
  columns: z.array(z.strictObject({ ...columnSpecSchema.shape, codes: z.enum(LIST_NAMES).optional() })),
});
export type InstrumentFile = z.input<typeof instrumentFileSchema>;

const iso3 = z.string().regex(/^[A-Z]{3}$/);
/** data/schema/countries.json, read by countries.ts and i18n/country-cases.ts. */
export const countriesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The order of country sections in every bulletin (docs/bulletins.md); others follow by English name. */
  sectionOrder: z.array(iso3).min(1),
  /** Names as IOM publications in the region write them, where they differ from i18n-iso-countries. */
  names: z.record(iso3, z.strictObject({ en: z.string().min(1).optional(), ru: z.string().min(1).optional() })),
  /** Other names found in exports (`Kyrgyz Republic`, `Россия`), matched in lower case. */
  aliases: z.record(z.string().min(1), iso3),
  /** Names English running text writes with "the" ("in the Russian Federation"). */
  enThe: z.array(iso3),
  /** "in <country>" in Russian, the prepositional case (в Кыргызстане); others read «в стране: …». */
  ruIn: z.record(iso3, z.string().startsWith('в ')),
  /** The Russian genitive (из Кыргызстана, граждане Российской Федерации). */
  ruOf: z.record(iso3, z.string().min(1)),
});
export type CountriesFile = z.output<typeof countriesFileSchema>;
