/**
 * Sensitive codes (schema/types.ts `sensitive`): a cell counts people with a sensitive trait when
 * its category, one of its dimension values or its population filter names such a code.
 */
import { instrument } from '../../schema/instruments.js';
import type { InstrumentKind } from '../../schema/types.js';
import { parseCondition } from '../where.js';

export function isSensitiveCode(kind: InstrumentKind, column: string, code: string): boolean {
  return instrument(kind).byName.get(column)?.codes?.some((c) => c.code === code && c.sensitive === true) ?? false;
}

/** Whether a population filter (`where`) keeps only people with a sensitive trait. */
export function sensitivePopulation(kind: InstrumentKind, where: readonly string[]): boolean {
  return where.some((w) => {
    const c = parseCondition(w);
    return !('error' in c) && c.op === '=' && c.values.length > 0 && c.values.every((v) => isSensitiveCode(kind, c.column, v));
  });
}
