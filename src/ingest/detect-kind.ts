/**
 * Which instrument a header follows (`--kind` left out): the one with the larger share of its
 * required columns present, provided its id or date column is there and at least half of its
 * required columns are. Null when the header matches neither.
 */
import { INSTRUMENTS, type InstrumentKind } from '../schema/instruments.js';
import { EMPTY_MAPPING } from '../schema/empty-mapping.js';
import type { Mapping } from '../schema/mapping.js';
import { planColumns } from './column-plan.js';

function requiredShare(header: readonly string[], kind: InstrumentKind, mapping: Mapping = EMPTY_MAPPING): number {
  const inst = INSTRUMENTS[kind];
  const plan = planColumns(header, inst, mapping, false);
  const has = (name: string) => plan.sources.has(name) || plan.splits.has(name);
  if (!has(inst.idColumn) && !has(inst.dateColumn)) return 0;
  const required = inst.columns.filter((c) => c.required);
  return required.filter((c) => has(c.name)).length / required.length;
}

export function detectKind(header: readonly string[], mapping: Mapping = EMPTY_MAPPING): InstrumentKind | null {
  if (mapping.kind) return mapping.kind;
  let best: InstrumentKind | null = null;
  let bestShare = 0.5 - 1e-9;
  for (const kind of Object.keys(INSTRUMENTS) as InstrumentKind[]) {
    const share = requiredShare(header, kind, mapping);
    if (share > bestShare) {
      best = kind;
      bestShare = share;
    }
  }
  return best;
}
