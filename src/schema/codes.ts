/**
 * Every code list of the two instruments, each code with its English and Russian label: declared
 * in data/schema/codes.json (schemas/codes.schema.json), read once here. The labels are what
 * charts, tables and bulletins print, and what "label" exports are mapped back from.
 *
 * A code's `sentence` names the answer where the narrative says which answer was given most often
 * ("the main reason for return was {the loss of a job}", «… — {потеря работы}»): an English noun
 * phrase, a Russian noun phrase in the nominative; `sensitive` marks a sensitive trait
 * (schema/types.ts). `special_labels` label values that are no code of any list but appear in
 * tables (`other_small`: free-text values of groups below the threshold, analyse/free-text.ts).
 */
import { z } from 'zod';
import { loadBundledData } from './data-file.js';
import { codeSchema, labelSchema, type Code, type Label } from './types.js';

const codeList = z.array(codeSchema).min(1);
const LIST_NAMES = [
  'non_response', 'yes_no', 'population_group', 'sex', 'marital_status', 'education', 'migration_reason', 'return_reason',
  'return_transport', 'stranded_reason', 'remigration_intention', 'remittance_frequency', 'remittance_change',
  'remittance_channel', 'remittance_use', 'household_remittance_share', 'employment', 'sector', 'income_change',
  'covid_impacts', 'health_access', 'info_sources', 'survey_vulnerabilities', 'priority_needs', 'beneficiary_type',
  'assistance_types', 'assistance_vulnerabilities',
] as const;

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

const CODES = loadBundledData('data/schema/codes.json', codesFileSchema);
const L = CODES.lists;

/** Non-response codes: valid for any single-choice question, left out of "valid" bases. */
export const NON_RESPONSE: Code[] = L.non_response;
export const NON_RESPONSE_CODES: ReadonlySet<string> = new Set(NON_RESPONSE.map((c) => c.code));
export const YES_NO: Code[] = L.yes_no;
export const OTHER: Code = CODES.other;
export const POPULATION_GROUP = L.population_group;
export const SEX = L.sex;
export const MARITAL_STATUS = L.marital_status;
export const EDUCATION = L.education;
export const MIGRATION_REASON = L.migration_reason;
export const RETURN_REASON = L.return_reason;
export const RETURN_TRANSPORT = L.return_transport;
export const STRANDED_REASON = L.stranded_reason;
export const REMIGRATION_INTENTION = L.remigration_intention;
export const REMITTANCE_FREQUENCY = L.remittance_frequency;
export const REMITTANCE_CHANGE = L.remittance_change;
export const REMITTANCE_CHANNEL = L.remittance_channel;
export const REMITTANCE_CHANNEL_KIND: Record<string, 'formal' | 'informal' | 'digital'> = CODES.remittance_channel_kind;
export const REMITTANCE_USE = L.remittance_use;
export const HOUSEHOLD_REMITTANCE_SHARE = L.household_remittance_share;
export const EMPLOYMENT = L.employment;
export const SECTOR = L.sector;
export const INCOME_CHANGE = L.income_change;
export const COVID_IMPACTS = L.covid_impacts;
export const HEALTH_ACCESS = L.health_access;
export const INFO_SOURCES = L.info_sources;
export const SURVEY_VULNERABILITIES = L.survey_vulnerabilities;
export const PRIORITY_NEEDS = L.priority_needs;
export const BENEFICIARY_TYPE = L.beneficiary_type;
export const ASSISTANCE_TYPES = L.assistance_types;
export const ASSISTANCE_VULNERABILITIES = L.assistance_vulnerabilities;
/** Labels of values that are not codes of any list but appear in tables. */
export const SPECIAL_LABELS: Record<string, Label> = CODES.special_labels;
