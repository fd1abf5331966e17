/**
 * select_multiple questions: the parent column (`food hygiene_kit`, or labels separated by `;`/`,`)
 * and the split 0/1 columns (`q/opt`, `q.opt`), reconciled into one set of chosen options,
 * held as a bit mask in declaration order.
 */
import type { CellSource } from '../ingest/column-plan.js';
import type { Column } from '../schema/instruments.js';
import type { CodeIndex } from './code-index.js';
import { codeIndexFor } from './checkers.js';
import { detach } from './detach.js';

export interface MultiSpec {
  column: Column;
  codes: readonly string[];
  parent: CellSource | undefined;
  /** Source of each option's split column, aligned with `codes`. */
  options: Array<CellSource | undefined>;
  /** Bits of the options that have a split column. */
  splitBits: number;
  /** Mask of the parent cell, or the first token that is not an option (a string). */
  parseParent(cell: string): number | string;
  /** maskToCodes of a mask, one string per mask (rows repeat the same few sets). */
  codesOf(mask: number): string;
}

const SPLIT_VALUES: Record<string, 0 | 1> = {
  '1': 1, '0': 0, '1.0': 1, '0.0': 0, true: 1, false: 0, yes: 1, no: 0, да: 1, нет: 0, y: 1, n: 0,
};

/** 1, 0, or null for a split cell that is neither (trimmed, non-missing). */
export function parseSplit(cell: string): 0 | 1 | null {
  return SPLIT_VALUES[cell] ?? SPLIT_VALUES[cell.toLowerCase()] ?? null;
}

function tokenMask(index: CodeIndex, codes: readonly string[]): (cell: string) => number | string {
  const bit = new Map(codes.map((c, i) => [c, 1 << i]));
  const one = (tok: string): number | undefined => {
    const code = index.get(tok);
    return code === undefined ? undefined : bit.get(code);
  };
  return (cell) => {
    const whole = one(cell);
    if (whole !== undefined) return whole;
    const tokens = /[;,]/.test(cell) ? cell.split(/\s*[;,]\s*/) : cell.split(/\s+/);
    let mask = 0;
    for (const t of tokens) {
      if (t === '') continue;
      const b = one(t);
      if (b === undefined) return t;
      mask |= b;
    }
    return mask;
  };
}

export function compileMulti(
  col: Column,
  parent: CellSource | undefined,
  splits: ReadonlyMap<string, CellSource> | undefined,
  values?: Record<string, string>,
): MultiSpec {
  const codes = (col.codes ?? []).map((c) => c.code);
  if (codes.length > 30) throw new Error(`multi column ${col.name} has more than 30 options`);
  const index = codeIndexFor(col, values);
  const options = codes.map((c) => splits?.get(c));
  let splitBits = 0;
  options.forEach((s, i) => {
    if (s !== undefined) splitBits |= 1 << i;
  });
  const parse = tokenMask(index, codes);
  const cache = new Map<string, number | string>();
  const named = new Map<number, string>();
  return {
    column: col,
    codes,
    parent,
    options,
    splitBits,
    parseParent(cell) {
      const hit = cache.get(cell);
      if (hit !== undefined) return hit;
      const v = parse(cell);
      if (cache.size < 10_000) cache.set(detach(cell), v);
      return v;
    },
    codesOf(mask) {
      let s = named.get(mask);
      if (s === undefined) {
        s = maskToCodes(mask, codes);
        if (named.size < 10_000) named.set(mask, s);
      }
      return s;
    },
  };
}

/** The codes of a mask, in declaration order, separated by a space. */
export function maskToCodes(mask: number, codes: readonly string[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i++) if (mask & (1 << i)) s = s === '' ? codes[i]! : `${s} ${codes[i]}`;
  return s;
}
