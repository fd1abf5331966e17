/**
 * Implementations of the cross-field rules declared in the instruments (`rules` of
 * data/schema/survey.json and assistance.json), keyed by rule id. Each reads the typed values of one row and returns what is
 * wrong, or null. Compiling an instrument whose rule has no implementation is a bug (throws).
 */
import { msg } from '../messages/index.js';
import type { CrossRule } from '../schema/types.js';
import type { Instrument } from '../schema/instruments.js';

/** The typed values of the row being validated. */
export interface RowView {
  get(name: string): unknown;
}

export interface Violation {
  column: string;
  value: string | null;
  expected: string;
  message: string;
}

type Check = (row: RowView) => Violation | null;
type Factory = (inst: Instrument, rule: CrossRule) => Check;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const IMPLEMENTATIONS: Record<string, Factory> = {
  'return_date.range': () => (row) => {
    const r = str(row.get('return_date'));
    if (r === null) return null;
    const i = str(row.get('interview_date'));
    if (r >= '2020-01-01' && (i === null || r <= i)) return null;
    return { column: 'return_date', value: r, expected: `date from 2020-01-01 to the interview date${i ? ` (${i})` : ''}`, message: msg.validate.returnDateRange(r, i) };
  },
  'remittance_currency.required': () => (row) => {
    const amount = num(row.get('remittance_amount'));
    if (amount === null || amount <= 0 || str(row.get('remittance_currency')) !== null) return null;
    return { column: 'remittance_currency', value: null, expected: 'a currency when remittance_amount > 0', message: msg.validate.currencyRequired(amount) };
  },
  'multi.none-exclusive': (inst) => {
    const multis = inst.columns.filter((c) => c.type === 'multi' && (c.codes ?? []).some((o) => o.code === 'none'));
    const others = multis.map((c) => ({ name: c.name, others: (c.codes ?? []).filter((o) => o.code !== 'none').map((o) => `${c.name}/${o.code}`) }));
    return (row) => {
      for (const m of others) {
        if (row.get(`${m.name}/none`) !== 1) continue;
        if (m.others.some((o) => row.get(o) === 1)) {
          return { column: m.name, value: str(row.get(m.name)), expected: '"none" alone, or other options without "none"', message: msg.validate.noneExclusive(m.name) };
        }
      }
      return null;
    };
  },
  'children_in_household.max': () => (row) => {
    const c = num(row.get('children_in_household'));
    const s = num(row.get('household_size'));
    if (c === null || s === null || c < s) return null;
    return { column: 'children_in_household', value: String(c), expected: `less than household_size (${s})`, message: msg.validate.childrenMax(c, s) };
  },
  'stranded_reason.returnee': () => (row) => {
    if (row.get('population_group') !== 'returnee') return null;
    const s = str(row.get('stranded_reason'));
    if (s === null || s === '') return null;
    return { column: 'stranded_reason', value: s, expected: 'empty for a returnee', message: msg.validate.strandedReturnee() };
  },
  'return_country.required': () => (row) => {
    if (row.get('assistance_types/avr') !== 1 || str(row.get('return_country')) !== null) return null;
    return { column: 'return_country', value: null, expected: 'a country when assistance_types includes avr', message: msg.validate.returnCountryRequired() };
  },
};

export interface CompiledRule {
  rule: CrossRule;
  check: Check;
}

export function compileCrossRules(inst: Instrument): CompiledRule[] {
  return inst.rules.map((rule) => {
    const make = IMPLEMENTATIONS[rule.id];
    if (!make) throw new Error(`cross-field rule ${rule.id} of ${inst.kind} has no implementation in validate/cross-rules.ts`);
    return { rule, check: make(inst, rule) };
  });
}

export const IMPLEMENTED_RULES: readonly string[] = Object.keys(IMPLEMENTATIONS);
