/** The registry of instruments, checked once against the declaration schema. */
import { ASSISTANCE } from './assistance.js';
import { SURVEY } from './survey.js';
import { instrumentSpecSchema, type ColumnSpec, type InstrumentKind } from './types.js';

export type Instrument = ReturnType<typeof instrumentSpecSchema.parse> & {
  byName: ReadonlyMap<string, ReturnType<typeof instrumentSpecSchema.parse>['columns'][number]>;
};
export type Column = Instrument['columns'][number];

function load(spec: unknown): Instrument {
  const parsed = instrumentSpecSchema.parse(spec);
  return { ...parsed, byName: new Map(parsed.columns.map((c) => [c.name, c])) };
}

export const INSTRUMENTS: Readonly<Record<InstrumentKind, Instrument>> = {
  survey: load(SURVEY),
  assistance: load(ASSISTANCE),
};

export function instrument(kind: InstrumentKind): Instrument {
  return INSTRUMENTS[kind];
}

export type { ColumnSpec, InstrumentKind };
