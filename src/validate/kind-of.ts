/**
 * The instrument of an input file: the one asked for, or the one its header matches. Apart from
 * validate/load.ts so that a query (query/projected-load.ts) finds it without loading arquero.
 */
import { UsageError } from '../errors.js';
import { detectKind } from '../ingest/detect-kind.js';
import type { CsvStream } from '../ingest/read-csv.js';
import { msg } from '../messages/index.js';
import { INSTRUMENTS, type InstrumentKind } from '../schema/instruments.js';
import type { Mapping } from '../schema/mapping.js';

/** What a header of neither instrument should have held, for the message. */
function expectedHeaders(): string {
  return (Object.keys(INSTRUMENTS) as InstrumentKind[])
    .map((k) => `${k}: ${INSTRUMENTS[k].columns.filter((c) => c.required).map((c) => c.name).join(', ')}`)
    .join('; ');
}

/** The instrument of a file: the one asked for, or the one its header matches (UsageError when none). */
export function kindOf(csv: CsvStream, mapping: Mapping, asked?: InstrumentKind): InstrumentKind {
  const kind = asked ?? detectKind(csv.header, mapping);
  if (!kind) throw new UsageError('input.not-instrument', msg.validate.notInstrument(csv.path, expectedHeaders()), { path: csv.path });
  return kind;
}
