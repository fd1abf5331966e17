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
import type { CodeListName, CodesFile } from './bundled-schemas.js';
import { readBundledJson } from './data-file.js';
import type { Code, Label } from './types.js';

const CODES = readBundledJson<CodesFile>('data/schema/codes.json');
const L = CODES.lists;

/** Every code list by its name in codes.json (what an instrument's column names in `codes`). */
export const CODE_LISTS: Readonly<Record<CodeListName, Code[]>> = L;

/** Non-response codes: valid for any single-choice question, left out of "valid" bases. */
export const NON_RESPONSE: Code[] = L.non_response;
export const NON_RESPONSE_CODES: ReadonlySet<string> = new Set(NON_RESPONSE.map((c) => c.code));
export const YES_NO: Code[] = L.yes_no;
export const OTHER: Code = CODES.other;
export const SEX = L.sex;
export const EDUCATION = L.education;
export const REMITTANCE_CHANNEL_KIND: Record<string, 'formal' | 'informal' | 'digital'> = CODES.remittance_channel_kind;
export const ASSISTANCE_TYPES = L.assistance_types;
export const ASSISTANCE_VULNERABILITIES = L.assistance_vulnerabilities;
/** Labels of values that are not codes of any list but appear in tables. */
export const SPECIAL_LABELS: Record<string, Label> = CODES.special_labels;
