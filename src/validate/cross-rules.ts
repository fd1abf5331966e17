/**
 * Implementations of the cross-field rules declared in the instruments (`rules` of
 * data/schema/survey.json and assistance.json), keyed by rule id. Each reads the typed values of one row and returns what is
 * wrong, or null. Compiling an instrument whose rule has no implementation is a bug (throws).
 */
import { msg } from '../messages/index.js';
import type { CrossRule } from '../schema/types.js';
import type { Instrument } from '../schema/instruments.js';

/**
 * The typed values of the row being validated, by slot (validate/layout.ts); a rule resolves the
 * slots of its columns once, when compiled (`at`), not a name per row.
 */
type Row = readonly unknown[];

/** The slot of a column in the row, -1 when the layout has none (its value reads null). */
export type SlotOf = (name: string) => number;

interface Violation {
  column: string;
  value: string | null;
  expected: string;
  message: string;
}

type Check = (row: Row) => Violation | null;
type Factory = (inst: Instrument, rule: CrossRule, at: (name: string) => (row: Row) => unknown) => Check;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const IMPLEMENTATIONS: Record<string, Factory> = {
  'return_date.range': (_i, _r, at) => {
    const returnDate = at('return_date');
    const interviewDate = at('interview_date');
    return (row) => {
      const r = str(returnDate(row));
      if (r === null) return null;
      const i = str(interviewDate(row));
      if (r >= '2020-01-01' && (i === null || r <= i)) return null;
      return { column: 'return_date', value: r, expected: `date from 2020-01-01 to the interview date${i ? ` (${i})` : ''}`, message: msg.validate.returnDateRange(r, i) };
    };
  },
  'remittance_currency.required': (_i, _r, at) => {
    const remittanceAmount = at('remittance_amount');
    const remittanceCurrency = at('remittance_currency');
    return (row) => {
      const amount = num(remittanceAmount(row));
      if (amount === null || amount <= 0 || str(remittanceCurrency(row)) !== null) return null;
      return { column: 'remittance_currency', value: null, expected: 'a currency when remittance_amount > 0', message: msg.validate.currencyRequired(amount) };
    };
  },
  'multi.none-exclusive': (inst, _r, at) => {
    const multis = inst.columns.filter((c) => c.type === 'multi' && (c.codes ?? []).some((o) => o.code === 'none'));
    const others = multis.map((c) => ({
      name: c.name,
      value: at(c.name),
      none: at(`${c.name}/none`),
      others: (c.codes ?? []).filter((o) => o.code !== 'none').map((o) => at(`${c.name}/${o.code}`)),
    }));
    return (row) => {
      for (const m of others) {
        if (m.none(row) !== 1) continue;
        if (m.others.some((o) => o(row) === 1)) {
          return { column: m.name, value: str(m.value(row)), expected: '"none" alone, or other options without "none"', message: msg.validate.noneExclusive(m.name) };
        }
      }
      return null;
    };
  },
  'children_in_household.max': (_i, _r, at) => {
    const children = at('children_in_household');
    const size = at('household_size');
    return (row) => {
      const c = num(children(row));
      const s = num(size(row));
      if (c === null || s === null || c < s) return null;
      return { column: 'children_in_household', value: String(c), expected: `less than household_size (${s})`, message: msg.validate.childrenMax(c, s) };
    };
  },
  'stranded_reason.returnee': (_i, _r, at) => {
    const group = at('population_group');
    const reason = at('stranded_reason');
    return (row) => {
      if (group(row) !== 'returnee') return null;
      const s = str(reason(row));
      if (s === null || s === '') return null;
      return { column: 'stranded_reason', value: s, expected: 'empty for a returnee', message: msg.validate.strandedReturnee() };
    };
  },
  'return_country.required': (_i, _r, at) => {
    const avr = at('assistance_types/avr');
    const country = at('return_country');
    return (row) => {
      if (avr(row) !== 1 || str(country(row)) !== null) return null;
      return { column: 'return_country', value: null, expected: 'a country when assistance_types includes avr', message: msg.validate.returnCountryRequired() };
    };
  },
};

export interface CompiledRule {
  rule: CrossRule;
  check: Check;
}

export function compileCrossRules(inst: Instrument, slotOf: SlotOf): CompiledRule[] {
  const at = (name: string) => {
    const i = slotOf(name);
    return i < 0 ? () => null : (row: Row) => row[i] ?? null;
  };
  return inst.rules.map((rule) => {
    const make = IMPLEMENTATIONS[rule.id];
    if (!make) throw new Error(`cross-field rule ${rule.id} of ${inst.kind} has no implementation in validate/cross-rules.ts`);
    return { rule, check: make(inst, rule, at) };
  });
}
