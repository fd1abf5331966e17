/**
 * The registry of instruments. The declarations are data, data/schema/survey.json (the DTM survey
 * of returnees and stranded migrants) and data/schema/assistance.json (direct assistance case
 * records), whose columns name their code list in data/schema/codes.json (docs/data-contract.md).
 * They are read and their defaults filled in here without loading zod, so that start-up stays cheap
 * (`query` on a cached file never needs zod); test/schema/instruments.test.ts checks every
 * declaration against the zod meta-schema `instrumentSpecSchema`, test/schema/data-file.test.ts
 * the files against `instrumentFileSchema` (schemas/instrument.schema.json).
 */
import type { InstrumentFile } from './bundled-schemas.js';
import { CODE_LISTS } from './codes.js';
import { readBundledJson } from './data-file.js';
import type { ColumnSpec, CrossRule, InstrumentKind, InstrumentSpec, Label } from './types.js';

export type Column = Omit<ColumnSpec, 'required'> & { required: boolean };

export interface Instrument {
  kind: InstrumentKind;
  label: Label;
  idColumn: string;
  dateColumn: string;
  countryColumn: string;
  columns: Column[];
  rules: CrossRule[];
  byName: ReadonlyMap<string, Column>;
}

function load(spec: InstrumentSpec): Instrument {
  const columns: Column[] = spec.columns.map((c) => ({ ...c, required: c.required ?? false }));
  return { ...spec, columns, rules: [...spec.rules], byName: new Map(columns.map((c) => [c.name, c])) };
}

/** An instrument file as a declaration: each column's named code list is that list itself. */
function declaration(kind: InstrumentKind): InstrumentSpec {
  const { $schema: _schema, ...spec } = readBundledJson<InstrumentFile>(`data/schema/${kind}.json`);
  return {
    ...spec,
    columns: spec.columns.map((c) => {
      const { codes, ...rest } = c;
      return codes === undefined ? rest : { ...c, codes: CODE_LISTS[codes] };
    }),
  };
}

const SURVEY = declaration('survey');
const ASSISTANCE = declaration('assistance');

export const INSTRUMENT_SPECS: Readonly<Record<InstrumentKind, InstrumentSpec>> = { survey: SURVEY, assistance: ASSISTANCE };

export const INSTRUMENTS: Readonly<Record<InstrumentKind, Instrument>> = {
  survey: load(SURVEY),
  assistance: load(ASSISTANCE),
};

export function instrument(kind: InstrumentKind): Instrument {
  return INSTRUMENTS[kind];
}

/** Today (UTC) as YYYY-MM-DD: the data cut-off when none is given. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The instrument with its `maxDate: 'cutoff'` dates bounded by `cutoff` (YYYY-MM-DD). */
export function withCutoff(inst: Instrument, cutoff: string): Instrument {
  const columns = inst.columns.map((c) => (c.maxDate === 'cutoff' ? { ...c, maxDate: cutoff } : c));
  return { ...inst, columns, byName: new Map(columns.map((c) => [c.name, c])) };
}

export type { ColumnSpec, InstrumentKind };
