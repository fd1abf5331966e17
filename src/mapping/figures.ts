/** Which figures (indicators of the registry) read each instrument column: what a missing question costs. */
import { loadRegistry } from '../analyse/registry.js';
import type { InstrumentKind } from '../schema/types.js';

export function figuresByColumn(kind: InstrumentKind): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const ind of loadRegistry()) {
    if (ind.instrument !== kind) continue;
    const cols = new Set([...ind.dimensions, ...(ind.variable !== undefined ? [ind.variable] : []), ...ind.where.map((w) => /^\s*([a-z_][a-z0-9_]*)/.exec(w)?.[1] ?? '')]);
    for (const c of cols) if (c !== '') out.set(c, [...(out.get(c) ?? []), ind.id]);
  }
  return out;
}
