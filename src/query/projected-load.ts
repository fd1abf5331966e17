/**
 * A canonical file loaded for one query: only the columns the query reads (projection.ts) are
 * validated — with the validator of `bulletin validate` (validate/validate-file.ts), the same
 * checkers and rules, so the same cell is judged the same way — and kept in an Arquero table of
 * those columns only.
 *
 * A row is left out when it is broken (quotes, ragged), has no consent, or holds an error in a
 * column read; errors in columns the query does not read do not drop it. On a file without errors
 * the table holds the same values, for the columns read, as the full load (validate/load.ts).
 *
 * Two steps, so that the query resolves its column names against the header in between:
 * `openProjected` (header, instrument, columns), then `loadProjected` (the rows).
 */
import { checkMappingTargets, planColumns } from '../ingest/column-plan.js';
import type { CsvStream } from '../ingest/read-csv.js';
import { openInput } from '../ingest/open-input.js';
import { withInput } from '../ingest/with-input.js';
import { kindOf } from '../validate/kind-of.js';
import { table, type ColumnTable } from '../model/arquero.js';
import { INSTRUMENTS, type Instrument, type InstrumentKind } from '../schema/instruments.js';
import { EMPTY_MAPPING } from '../schema/empty-mapping.js';
import type { Mapping } from '../schema/mapping.js';
import { IssueSink } from '../validate/issue-sink.js';
import { datasetLayout, type Layout } from '../validate/layout.js';
import { validateCsv } from '../validate/validate-file.js';
import { ColumnStore } from '../validate/column-store.js';
import { deriveColumns } from '../validate/derive.js';
import { projectionOf, tableNames, visibleNames } from './projection.js';

export interface OpenedFile {
  csv: CsvStream;
  kind: InstrumentKind;
  inst: Instrument;
  mapping: Mapping;
  layout: Layout;
  /** Multi questions present: name → option codes in declaration order. */
  multi: Record<string, string[]>;
  /** Every column of the full table, in order. */
  names: string[];
  /** The names a user may write. */
  visible: string[];
}

export interface ProjectedLoad {
  kind: InstrumentKind;
  /** The columns read (and their sources), derived ones included. */
  table: ColumnTable;
  multi: Record<string, string[]>;
  visible: string[];
  /** Rows left out: broken, or invalid in a column read. */
  rejected: number;
}

/** `csv`: the file already opened (to detect its kind), not yet read. */
export async function openProjected(opts: { file: string; csv?: CsvStream; kind?: InstrumentKind; mapping?: string; encoding?: string; sheet?: string }): Promise<OpenedFile> {
  const mapping = opts.mapping !== undefined ? await (await import('../ingest/mapping.js')).loadMapping(opts.mapping) : EMPTY_MAPPING;
  // a query keeps no digest of its input (the cache key hashes the file apart): the bytes are not hashed as read
  const csv = opts.csv ?? (await openInput(opts.file, { hash: false, ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) }));
  let kind: InstrumentKind;
  let inst: Instrument;
  try {
    kind = kindOf(csv, mapping, opts.kind ?? mapping.kind);
    inst = INSTRUMENTS[kind];
    checkMappingTargets(inst, mapping, opts.mapping ?? '');
  } catch (e) {
    if (opts.csv === undefined) await csv.source?.close(); // opened here: closed here (a given one by its opener)
    throw e;
  }
  const plan = planColumns(csv.header, inst, mapping, false);
  const multi: Record<string, string[]> = {};
  for (const c of inst.columns) {
    if (c.type === 'multi' && (plan.sources.has(c.name) || plan.splits.has(c.name))) multi[c.name] = (c.codes ?? []).map((o) => o.code);
  }
  const layout = datasetLayout(inst);
  const names = tableNames(layout);
  return { csv, kind, inst, mapping, layout, multi, names, visible: visibleNames(names, multi) };
}

/** The rows of an opened file, validated and kept for the table columns `reads`. */
export async function loadProjected(f: OpenedFile, reads: readonly string[]): Promise<ProjectedLoad> {
  const p = projectionOf(f.inst, f.layout, reads, f.multi);
  // a table without columns has no rows: a query reading no column keeps the line numbers
  if (p.keep.length === 0) {
    p.keep.push('_line');
    p.collect.push('_line');
  }
  const store = new ColumnStore(f.layout, true, p.collect);
  // the query reports how many rows were left out, not the issues: they are counted, not kept
  const sink = new IssueSink(0);
  const counts = await withInput(f.csv, (csv) => validateCsv(csv, f.inst, f.mapping, sink, store, p.only));
  // the file must still be what was opened
  await f.csv.source?.verify();
  const cols: Record<string, unknown[]> = {};
  p.collect.forEach((n, k) => {
    cols[n] = store.data[k]!;
  });
  const derive = f.layout.derived.filter((n) => p.keep.includes(n));
  for (const n of [f.inst.dateColumn, 'age']) if (derive.length > 0 && !store.has(n)) cols[n] = new Array<unknown>(store.rows).fill(null);
  const t = deriveColumns(table(cols), f.kind, derive);
  // a column the layout does not have (`minor` of a survey): nulls
  const missing = Object.fromEntries(p.keep.filter((n) => !t.columnNames().includes(n)).map((n) => [n, new Array<unknown>(store.rows).fill(null)]));
  const all = Object.keys(missing).length > 0 ? t.assign(table(missing)) : t;
  return { kind: f.kind, table: all.select(p.keep), multi: f.multi, visible: f.visible, rejected: counts.rejected };
}
