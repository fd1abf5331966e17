/**
 * The catalogue of variables: every variable a Dataset table or the indicators know, with its type,
 * source columns, codes (EN/RU labels, in declared order), non-response codes and derivation. A
 * declared column of an instrument (instruments.ts) is a variable of its own type; the derived ones
 * are declared here, with what they come from:
 * - `period` ← the instrument's date column (its month), `age_group` ← `age` (the instrument's age
 *   groups), `minor` ← `age` (assistance: under MINOR_AGE), all three in every Dataset table;
 * - for the indicators (survey): `months_abroad_band`, `months_stranded_band` ← months (bands
 *   below), `return_period` ← `return_date`, `has_vulnerability` ← the multi `vulnerabilities`
 *   (any option but `none`), the multi `remittance_channel_type` ← the multi `remittance_channel`
 *   (grouped by codes.ts REMITTANCE_CHANNEL_KIND), `remittance_amount_usd` ← amount, currency and
 *   period (analyse/currency.ts).
 * Validation, loading, projection, indicators, labels and figures read codes and order from here.
 */
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from './age-groups.js';
import { NON_RESPONSE_CODES, YES_NO } from './codes.js';
import { instrument } from './instruments.js';
import type { Code, ColumnType, InstrumentKind, Label } from './types.js';

export interface Band extends Code {
  min: number;
  /** Inclusive upper bound; Infinity for the open band. */
  max: number;
}

type Derivation =
  | { kind: 'month'; from: string }
  | { kind: 'age_group'; from: 'age' }
  | { kind: 'minor'; from: 'age' }
  | { kind: 'band'; from: string; bands: readonly Band[] }
  | { kind: 'any_option'; from: string; except: readonly string[] }
  | { kind: 'option_group'; from: string }
  | { kind: 'usd'; from: readonly string[] };

export interface Variable {
  name: string;
  type: ColumnType;
  /** Codes in declared order (yes/no for a yes/no variable). */
  codes?: readonly Code[];
  /** Codes of a non-response (`dnk`, `pnta`) where the variable admits one. */
  nonResponse?: ReadonlySet<string>;
  derivation?: Derivation;
  /** Derived in every Dataset table (validate/load.ts), not only for the indicators. */
  inTable?: true;
}

const band = (code: string, min: number, max: number, en: string, ru: string): Band => ({ code, min, max, label: { en, ru } });

export const MONTHS_ABROAD_BANDS: readonly Band[] = [
  band('lt_6', 0, 5, 'Less than 6 months', 'Менее 6 месяцев'),
  band('6_11', 6, 11, '6–11 months', '6–11 месяцев'),
  band('12_23', 12, 23, '1 to less than 2 years', 'От 1 года до 2 лет'),
  band('24_59', 24, 59, '2 to less than 5 years', 'От 2 до 5 лет'),
  band('60_plus', 60, Infinity, '5 years or more', '5 лет и более'),
];

export const MONTHS_STRANDED_BANDS: readonly Band[] = [
  band('lt_3', 0, 2, 'Less than 3 months', 'Менее 3 месяцев'),
  band('3_5', 3, 5, '3–5 months', '3–5 месяцев'),
  band('6_11', 6, 11, '6–11 months', '6–11 месяцев'),
  band('12_plus', 12, Infinity, '12 months or more', '12 месяцев и более'),
];

/** Option codes of the derived multi `remittance_channel_type`. */
export const CHANNEL_TYPE_CODES: readonly Code[] = [
  { code: 'formal', label: { en: 'Formal', ru: 'Официальные' } },
  { code: 'digital', label: { en: 'Digital', ru: 'Цифровые' } },
  { code: 'informal', label: { en: 'Informal', ru: 'Неофициальные' } },
];

function derivedVariables(kind: InstrumentKind): Variable[] {
  const vars: Variable[] = [
    { name: 'period', type: 'code', derivation: { kind: 'month', from: instrument(kind).dateColumn }, inTable: true },
    { name: 'age_group', type: 'code', codes: kind === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS, derivation: { kind: 'age_group', from: 'age' }, inTable: true },
  ];
  if (kind === 'assistance') vars.push({ name: 'minor', type: 'yesno', codes: YES_NO, derivation: { kind: 'minor', from: 'age' }, inTable: true });
  else {
    vars.push(
      { name: 'months_abroad_band', type: 'code', codes: MONTHS_ABROAD_BANDS, derivation: { kind: 'band', from: 'months_abroad', bands: MONTHS_ABROAD_BANDS } },
      { name: 'months_stranded_band', type: 'code', codes: MONTHS_STRANDED_BANDS, derivation: { kind: 'band', from: 'months_stranded', bands: MONTHS_STRANDED_BANDS } },
      { name: 'return_period', type: 'code', derivation: { kind: 'month', from: 'return_date' } },
      { name: 'has_vulnerability', type: 'yesno', codes: YES_NO, derivation: { kind: 'any_option', from: 'vulnerabilities', except: ['none'] } },
      { name: 'remittance_channel_type', type: 'multi', codes: CHANNEL_TYPE_CODES, derivation: { kind: 'option_group', from: 'remittance_channel' } },
      { name: 'remittance_amount_usd', type: 'number', derivation: { kind: 'usd', from: ['remittance_amount', 'remittance_currency', 'period'] } },
    );
  }
  return vars;
}

const catalogues = new Map<InstrumentKind, ReadonlyMap<string, Variable>>();

/** The variables of an instrument by name: its declared columns, then the derived ones. */
function variables(kind: InstrumentKind): ReadonlyMap<string, Variable> {
  let m = catalogues.get(kind);
  if (!m) {
    const all = new Map<string, Variable>();
    for (const c of instrument(kind).columns) {
      const codes = c.codes ?? (c.type === 'yesno' ? YES_NO : undefined);
      all.set(c.name, { name: c.name, type: c.type, ...(codes ? { codes } : {}), ...(c.nonResponse ? { nonResponse: NON_RESPONSE_CODES } : {}) });
    }
    for (const v of derivedVariables(kind)) all.set(v.name, v);
    m = all;
    catalogues.set(kind, m);
  }
  return m;
}

export function variableOf(kind: InstrumentKind, name: string | undefined): Variable | undefined {
  return name === undefined ? undefined : variables(kind).get(name);
}

/** The label of one of a variable's codes, or undefined. */
export function codeLabelOf(kind: InstrumentKind, name: string | undefined, code: string): Label | undefined {
  return variableOf(kind, name)?.codes?.find((c) => c.code === code)?.label;
}

/** How a sentence names one of a variable's codes when it says it was given most often, or undefined (schema/types.ts `sentence`). */
export function codeSentenceOf(kind: InstrumentKind, name: string | undefined, code: string): Label | undefined {
  return variableOf(kind, name)?.codes?.find((c) => c.code === code)?.sentence;
}

/** Names of the derived variables of the indicators (the registry may use them). */
export const DERIVED_COLUMNS = derivedVariables('survey')
  .filter((v) => !v.inTable)
  .map((v) => v.name);

/** The derived variables of every Dataset table of an instrument, in table order. */
export const tableDerived = (kind: InstrumentKind): string[] => derivedVariables(kind).filter((v) => v.inTable).map((v) => v.name);
