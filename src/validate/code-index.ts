/**
 * Lookup of the canonical code for a cell of a single- or multiple-choice question: the code itself,
 * its English or Russian label (label exports), case and spaces ignored; yes/no also as 1/0,
 * true/false, да/нет; dnk/pnta where the question accepts them; and the values of a mapping file.
 */
import { NON_RESPONSE, YES_NO } from '../schema/codes.js';
import type { Code } from '../schema/types.js';
import { normaliseLabel } from '../ingest/label-key.js';

const YES_NO_EXTRA: Record<string, 'yes' | 'no'> = {
  '1': 'yes', '0': 'no', true: 'yes', false: 'no', y: 'yes', n: 'no', да: 'yes', нет: 'no', д: 'yes', н: 'no',
  '1.0': 'yes', '0.0': 'no', oui: 'yes', non: 'no',
};

export interface CodeIndex {
  /** The canonical code for a trimmed cell, or undefined. */
  get(cell: string): string | undefined;
  /** Codes in declaration order. */
  codes: readonly string[];
}

export function buildCodeIndex(codes: readonly Code[], opts: { yesno?: boolean; nonResponse?: boolean; values?: Record<string, string> }): CodeIndex {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  const all: Code[] = [...codes, ...(opts.nonResponse ? NON_RESPONSE : [])];
  const canonical = new Map(all.map((c) => [c.code, c.code]));
  const add = (key: string, code: string) => {
    const k = normaliseLabel(key);
    if (k !== '' && !loose.has(k)) loose.set(k, code);
  };
  for (const c of all) {
    exact.set(c.code, c.code);
    add(c.code, c.code);
  }
  if (opts.yesno) {
    for (const [k, v] of Object.entries(YES_NO_EXTRA)) add(k, v);
    for (const c of YES_NO) {
      add(c.label.en, c.code);
      add(c.label.ru, c.code);
    }
  }
  for (const c of all) {
    add(c.label.en, c.code);
    add(c.label.ru, c.code);
  }
  if (opts.values) {
    for (const [from, to] of Object.entries(opts.values)) {
      const code = canonical.get(to);
      if (code) {
        exact.set(from.trim(), code);
        loose.set(normaliseLabel(from), code);
      }
    }
  }
  return {
    codes: codes.map((c) => c.code),
    get(cell: string): string | undefined {
      return exact.get(cell) ?? loose.get(normaliseLabel(cell));
    },
  };
}
