/**
 * Cell checkers compiled once per column from the instrument declaration: each turns a trimmed,
 * non-missing cell into its typed value, or BAD with the rule id and the expectation that failed.
 * Code-like columns cache their answers, since exports repeat the same few values.
 */
import { hasControlCharacters } from '../ingest/binary.js';
import { countryFromText } from '../schema/countries.js';
import { CURRENCIES } from '../schema/currencies.js';
import { NON_RESPONSE } from '../schema/codes.js';
import { todayUtc, type Column } from '../schema/instruments.js';
import { buildCodeIndex, type CodeIndex } from './code-index.js';
import { parseDate } from './date.js';
import { parseNumber } from './number.js';
import { detach, interner } from './detach.js';
import { RULES, type Rule } from './rules.js';

export const BAD: unique symbol = Symbol('bad');
type Checked = string | number | typeof BAD;

export interface Checker {
  readonly column: Column;
  /** The typed value of a trimmed, non-missing cell, or BAD (then `rule`/`expected` say why). */
  check(cell: string): Checked;
  rule: Rule;
  expected: string;
}

const CACHE_LIMIT = 10_000;
/** Longer text is not an answer but a broken file (an unclosed quote, a pasted document). */
const MAX_TEXT = 10_000;

function cached(fn: (cell: string) => Checked): (cell: string) => Checked {
  const cache = new Map<string, Checked>();
  return (cell) => {
    const hit = cache.get(cell);
    if (hit !== undefined) return hit;
    const v = fn(cell);
    if (cache.size < CACHE_LIMIT) cache.set(detach(cell), v);
    return v;
  };
}

function fmt(n: number): string {
  return String(n);
}

/** What a numeric column expects, e.g. `integer 14–99`, `number > 0`. */
function numericExpectation(col: Column): string {
  const what = col.type === 'integer' ? 'integer' : 'number';
  const { min, max } = col;
  if (min !== undefined && max !== undefined) return `${what} ${fmt(min)}–${fmt(max)}`;
  if (min !== undefined) return `${what} ${col.exclusiveMin ? '>' : '≥'} ${fmt(min)}`;
  if (max !== undefined) return `${what} ≤ ${fmt(max)}`;
  return what;
}

function codeExpectation(index: CodeIndex, nonResponse: boolean): string {
  const codes = [...index.codes, ...(nonResponse ? NON_RESPONSE.map((c) => c.code) : [])];
  return `one of ${codes.join(', ')}`;
}

export function codeIndexFor(col: Column, values?: Record<string, string>): CodeIndex {
  const codes = col.type === 'currency' ? CURRENCIES : (col.codes ?? []);
  return buildCodeIndex(codes, { yesno: col.type === 'yesno', nonResponse: col.nonResponse === true && col.type !== 'multi', values });
}

export function compileChecker(col: Column, values?: Record<string, string>): Checker {
  const name = col.name;
  const substitute = values && col.type !== 'code' && col.type !== 'yesno' && col.type !== 'currency' ? substitution(values) : null;
  const c: Checker = { column: col, check: (cell) => cell, rule: RULES.text, expected: '' };
  const wrap = (fn: (cell: string) => Checked) => (substitute ? (cell: string) => fn(substitute(cell)) : fn);

  switch (col.type) {
    case 'id':
    case 'text':
    case 'admin1': {
      c.rule = RULES.text;
      c.expected = `text of at most ${MAX_TEXT} characters, without control characters`;
      // ids are unique: copied; other text repeats: pooled
      const keep = col.type === 'id' ? detach : interner();
      c.check = wrap((cell) => (cell.length > MAX_TEXT || hasControlCharacters(cell) ? BAD : keep(cell)));
      break;
    }
    case 'date': {
      // plausible dates only: not before minDate (2000), not after the data cut-off (instrument)
      const min = col.minDate ?? '';
      const max = col.maxDate === 'cutoff' ? todayUtc() : (col.maxDate ?? '9999-12-31');
      const bounded = col.minDate !== undefined || col.maxDate !== undefined;
      c.rule = RULES.date;
      c.expected = `date YYYY-MM-DD (or DD.MM.YYYY, DD/MM/YYYY)${bounded ? `, from ${min || 'any date'} to ${max}${col.maxDate === 'cutoff' || col.maxDate === max ? ' (the data cut-off)' : ''}` : ''}`;
      // cached with the reason: a cell seen again gets the same rule
      const seen = new Map<string, string>();
      const judge = (cell: string): string => {
        const d = parseDate(cell);
        return d === null ? '!date' : d < min || d > max ? '!range' : d;
      };
      c.check = wrap((cell) => {
        let v = seen.get(cell);
        if (v === undefined) {
          v = judge(cell);
          if (seen.size < CACHE_LIMIT) seen.set(detach(cell), v);
        }
        if (v.startsWith('!')) {
          c.rule = v === '!range' ? RULES.range : RULES.date;
          return BAD;
        }
        return v;
      });
      break;
    }
    case 'iso3':
      c.rule = RULES.code;
      c.expected = 'ISO 3166-1 alpha-3 country code (e.g. KGZ)';
      c.check = cached(wrap((cell) => countryFromText(cell) ?? BAD));
      break;
    case 'code':
    case 'yesno':
    case 'currency': {
      const index = codeIndexFor(col, values);
      c.rule = RULES.code;
      c.expected = col.type === 'currency' ? `ISO 4217 currency, ${codeExpectation(index, false)}` : codeExpectation(index, col.nonResponse === true);
      c.check = cached((cell) => index.get(cell) ?? BAD);
      break;
    }
    case 'integer':
    case 'number': {
      const expected = numericExpectation(col);
      const min = col.min ?? -Infinity;
      const max = col.max ?? Infinity;
      const exclusive = col.exclusiveMin === true;
      const integer = col.type === 'integer';
      c.expected = expected;
      c.check = wrap((cell) => {
        const n = parseNumber(cell);
        if (Number.isNaN(n) || !Number.isFinite(n)) {
          c.rule = RULES.number;
          return BAD;
        }
        if (integer && !Number.isInteger(n)) {
          c.rule = RULES.integer;
          return BAD;
        }
        if (n < min || n > max || (exclusive && n === min)) {
          c.rule = RULES.range;
          return BAD;
        }
        return n;
      });
      break;
    }
    case 'multi':
      throw new Error(`multi column ${name} has no cell checker (see validate/multi.ts)`);
  }
  return c;
}

function substitution(values: Record<string, string>): (cell: string) => string {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) {
    m.set(k.trim(), v);
    m.set(k.trim().toLowerCase(), v);
  }
  return (cell) => m.get(cell) ?? m.get(cell.toLowerCase()) ?? cell;
}
