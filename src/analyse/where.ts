/**
 * Row conditions shared by `query --where` and the indicator registry's population filters.
 * Syntax: `COL=V1,V2` (one of), `COL!=V1,V2` (none of), `COL>=N`, `COL>N`, `COL<=N`, `COL<N`.
 * On a multi (select_multiple) column `COL=opt` means the option was chosen and `COL!=opt` that it
 * was not (the question answered without it). A missing value never satisfies a condition.
 */
import { parseNumber as parseExportNumber } from '../validate/number.js';

type Op = '=' | '!=' | '>=' | '>' | '<=' | '<';

export interface Condition {
  column: string;
  op: Op;
  /** For = and != the accepted values; for comparisons a single number. */
  values: string[];
  number?: number;
}

const PATTERN = /^\s*([^=!<>]+?)\s*(!=|>=|<=|=|>|<)\s*(.*?)\s*$/;

/** Parses one condition; returns an error string (for the caller's message) when it cannot. */
export function parseCondition(expr: string): Condition | { error: 'syntax' | 'number' | 'empty' } {
  const m = PATTERN.exec(expr);
  if (!m) return { error: 'syntax' };
  const column = m[1] as string;
  const op = m[2] as Op;
  const rhs = m[3] as string;
  if (rhs === '') return { error: 'empty' };
  if (op === '=' || op === '!=') {
    return { column, op, values: rhs.split(',').map((v) => v.trim()).filter((v) => v !== '') };
  }
  const num = parseNumber(rhs);
  if (num === null) return { error: 'number' };
  return { column, op, values: [rhs], number: num };
}

/** A number as written in exports: `12`, `-3.5`, `1 234,5`, `1,234.5` (validate/number.ts). */
function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const v = parseExportNumber(t);
  return Number.isFinite(v) ? v : null;
}

function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseNumber(v);
  return null;
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  const s = String(v);
  return s === '' ? null : s;
}

/** Tests a single (non-multi) value. */
export function matchesValue(c: Condition, v: unknown): boolean {
  if (c.op === '=' || c.op === '!=') {
    const t = asText(v);
    if (t === null) return false;
    const num = typeof v === 'number' ? v : null;
    const hit = c.values.some((x) => x === t || (num !== null && asNumber(x) === num));
    return c.op === '=' ? hit : !hit;
  }
  const x = asNumber(v);
  if (x === null) return false;
  const k = c.number as number;
  switch (c.op) {
    case '>=':
      return x >= k;
    case '>':
      return x > k;
    case '<=':
      return x <= k;
    default:
      return x < k;
  }
}

/**
 * Tests a multi question from its option cells (`q/opt` → 1 | 0 | null). `answered` is false when
 * the question was not answered (every option cell null).
 */
export function matchesMulti(c: Condition, chosen: (opt: string) => boolean, answered: boolean): boolean {
  if (!answered) return false;
  if (c.op === '=') return c.values.some((o) => chosen(o));
  if (c.op === '!=') return !c.values.some((o) => chosen(o));
  return false;
}
