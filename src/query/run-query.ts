/**
 * `bulletin query`: one aggregate of one file, as a long table — the --by columns, then `stat`,
 * `value`, `n` (unweighted base), with --ci `ci_low`, `ci_high`, with --min-cell `suppressed`.
 *
 * Canonical files (survey, assistance; labels and codes understood) are loaded and validated for
 * the columns the query reads only (projected-load.ts: rows invalid in those are left out and said
 * so; `full` loads and validates every column, as pipeline/load.ts does for build); any other file
 * is read as found (raw-dataset.ts). The engine is analyse/disaggregate.ts: `share` is the share of the last --by
 * column within the groups of the others (base = every row of the group, a missing answer being
 * its own category); a multi column there gives the share of respondents (who answered) that chose
 * each option. With --weight, shares, means, sums and medians are weighted and the intervals are
 * Korn–Graubard; the whole file (rows with a weight) is the design and every group a domain of it.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { Frame, MISSING } from '../analyse/frame.js';
import { disaggregate, type Compare, type DisaggregateSpec } from '../analyse/disaggregate.js';
import { suppress } from '../analyse/suppress.js';
import type { Condition } from '../analyse/where.js';
import type { ResultRow } from '../analyse/result.js';
import type { CacheOptions } from '../cache/load-cached.js';
import { projectedSlot, readProjected, writeProjected } from '../cache/projected-cached.js';
import type { CsvStream } from '../ingest/read-csv.js';
import type { ProjectedLoad } from './projected-load.js';
import { instrument } from '../schema/instruments.js';
import { compareCountries } from '../schema/countries.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../schema/age-groups.js';
import type { InstrumentKind } from '../schema/types.js';
import { closest } from './suggest.js';
import type { QuerySpec } from './spec.js';

export type QueryCell = string | number | null;
export type QueryRow = Record<string, QueryCell>;

export interface QueryResult {
  kind: InstrumentKind | 'raw';
  columns: string[];
  rows: QueryRow[];
  /** Messages for stderr (rows left out, indicative figures). */
  notes: string[];
}

interface Source {
  kind: InstrumentKind | 'raw';
  frame: Frame;
  /** Name as the user may write it → column name. */
  resolve: (name: string) => string | undefined;
  /** Names to offer in messages. */
  available: string[];
  notes: string[];
}

export interface QueryOptions extends CacheOptions {
  /** Load and validate every column of a canonical file (pipeline/load.ts), as before projection. */
  full?: boolean;
}

/** The column names a query reads, as written. */
function namesRead(spec: QuerySpec): string[] {
  const names = [...spec.by, ...spec.where.map((w) => w.condition.column)];
  if (spec.statColumn !== undefined) names.push(spec.statColumn);
  if (spec.weight !== undefined) names.push(spec.weight);
  return names;
}

async function open(spec: QuerySpec, cache: QueryOptions): Promise<Source> {
  if (!existsSync(spec.file)) throw new UsageError('input.missing', msg.query.fileMissing(spec.file), { path: spec.file });
  const asked = spec.kind === 'raw' ? undefined : spec.kind;
  const slot = spec.kind === 'raw' || cache.full ? undefined : await projectedSlot({ ...spec, kind: asked }, namesRead(spec), cache);
  if (slot) {
    const hit = await readProjected(slot);
    if (hit) return projectedSource(hit);
  }
  // the reader and the validator are loaded only when the cache does not answer
  const { openInput } = await import('../ingest/open-input.js');
  let kind = spec.kind;
  let csv: CsvStream | undefined;
  if (kind === undefined && spec.mapping === undefined) {
    const { detectKind } = await import('../ingest/detect-kind.js');
    csv = await openInput(spec.file, { ...(spec.encoding !== undefined ? { encoding: spec.encoding } : {}), ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}) });
    kind = detectKind(csv.header) ?? 'raw';
  }
  if (kind === 'raw') {
    const { loadRawDatasetCached } = await import('../cache/raw-cached.js');
    const raw = await loadRawDatasetCached(spec.file, { ...(spec.encoding !== undefined ? { encoding: spec.encoding } : {}), ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}), ...cache });
    const frame = new Frame(raw.dataset.table, raw.dataset.multi);
    const available = visibleColumns(frame);
    return { kind, frame, resolve: (n) => raw.aliases.get(n), available, notes: raw.personal.length > 0 ? [msg.query.personalDropped(raw.personal)] : [] };
  }
  if (!cache.full) {
    const { loadProjected, openProjected } = await import('./projected-load.js');
    const f = await openProjected({ file: spec.file, ...(csv ? { csv } : {}), ...(kind !== undefined ? { kind } : {}), ...(spec.mapping !== undefined ? { mapping: spec.mapping } : {}), ...(spec.encoding !== undefined ? { encoding: spec.encoding } : {}), ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}) });
    const known = new Set(f.visible);
    const resolve = (n: string) => (known.has(n) || Object.prototype.hasOwnProperty.call(f.multi, n) ? n : undefined);
    const names = namesRead(spec);
    const reads = names.map(resolve).filter((n): n is string => n !== undefined);
    const load = await loadProjected(f, reads);
    if (slot && reads.length === names.length) await writeProjected(slot, load);
    return projectedSource(load);
  }
  const { loadDatasetCached } = await import('../cache/load-cached.js');
  const loaded = await loadDatasetCached({
    ...cache,
    files: [spec.file],
    ...(kind !== undefined ? { kind } : {}),
    ...(spec.mapping !== undefined ? { mapping: spec.mapping } : {}),
    ...(spec.encoding !== undefined ? { encoding: spec.encoding } : {}),
    ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}),
  });
  const ds = loaded.dataset;
  const frame = new Frame(ds.table, ds.multi);
  const available = visibleColumns(frame);
  const names = new Set(available);
  const notes: string[] = [];
  const rejected = ds.sources.reduce((s, x) => s + x.rejected, 0);
  if (rejected > 0) notes.push(msg.query.rowsLeftOut(rejected));
  return { kind: ds.kind, frame, resolve: (n) => (names.has(n) || frame.isMulti(n) ? n : undefined), available, notes };
}

function projectedSource(load: ProjectedLoad): Source {
  const frame = new Frame(load.table, load.multi);
  const names = new Set(load.visible);
  const notes = load.rejected > 0 ? [msg.query.rowsLeftOut(load.rejected)] : [];
  return { kind: load.kind, frame, resolve: (n) => (names.has(n) || frame.isMulti(n) ? n : undefined), available: load.visible, notes };
}

/** Columns a user may name: no option columns (their question instead), no `_line`. */
function visibleColumns(frame: Frame): string[] {
  const options = new Set(Object.entries(frame.multi).flatMap(([q, os]) => os.map((o) => `${q}/${o}`)));
  const cols = frame.columnNames().filter((c) => !options.has(c) && c !== '_line');
  for (const q of Object.keys(frame.multi)) if (!cols.includes(q)) cols.push(q);
  return cols;
}

function column(src: Source, name: string, where: string): string {
  const c = src.resolve(name);
  if (c === undefined) throw new UsageError('query.column', msg.query.unknownColumn(name, where, closest(name, src.available), src.available));
  return c;
}

/** `cache`: the validated cache (cache/load-cached.ts); off unless given. */
export async function runQuery(spec: QuerySpec, cache: QueryOptions = { cache: false }): Promise<QueryResult> {
  const src = await open(spec, cache);
  const frame = src.frame;
  const by = spec.by.map((b) => column(src, b, '--by'));
  const conditions: Condition[] = spec.where.map(({ expr, condition }) => {
    const c = column(src, condition.column, `--where ${expr}`);
    if (frame.isMulti(c) && condition.op !== '=' && condition.op !== '!=') throw new UsageError('query.where', msg.query.whereOnMulti(expr));
    return { ...condition, column: c };
  });
  const statColumn = spec.statColumn !== undefined ? column(src, spec.statColumn, `--stat ${spec.statLabel}`) : undefined;
  if (statColumn !== undefined) checkNumeric(frame, statColumn, spec);
  const notes = [...src.notes];

  let rows = frame.select(conditions);
  let weight: string | undefined;
  let designSize = frame.numRows;
  if (spec.weight !== undefined) {
    weight = column(src, spec.weight, '--weight');
    const w = frame.column(weight);
    const ok = (i: number) => typeof w[i] === 'number' && (w[i] as number) > 0 && Number.isFinite(w[i] as number);
    const all = Array.from({ length: frame.numRows }, (_, i) => i);
    designSize = all.filter(ok).length;
    if (designSize === 0) throw new UsageError('query.weight', msg.query.weightNotNumeric(spec.weight));
    const bad = rows.filter((i) => !ok(i)).length;
    if (bad > 0) notes.push(msg.query.badWeight(spec.weight, bad));
    rows = rows.filter(ok);
  }
  if (rows.length === 0) throw new UsageError('query.empty', msg.query.empty());

  const ds: DisaggregateSpec = { indicator: 'query', statistic: 'count', dims: by, designSize, compare: comparators(src.kind) };
  if (weight !== undefined) ds.weight = weight;
  if (spec.stat === 'share') {
    const last = by[by.length - 1] as string;
    ds.dims = by.slice(0, -1);
    ds.variable = last;
    ds.statistic = frame.isMulti(last) ? 'multi_share' : 'share';
    ds.ci = spec.ci;
    if (frame.isMulti(last)) ds.categories = frame.options(last);
    else if (src.kind !== 'raw') {
      const codes = instrument(src.kind).byName.get(last)?.codes;
      if (codes) ds.categories = codes.map((c) => c.code);
    }
  } else if (spec.stat !== 'count') {
    ds.statistic = spec.stat;
    ds.variable = statColumn as string;
  }
  if (spec.stat !== 'count' && weight === undefined) notes.push(msg.query.indicative());
  const result = suppress(disaggregate(frame, rows, ds), spec.minCell);
  const out = result.map((r) => toQueryRow(r, spec, ds));
  if (out.length === 0) throw new UsageError('query.empty', msg.query.empty());
  const columns = [...spec.by, 'stat', 'value', 'n'];
  if (spec.ci) columns.push('ci_low', 'ci_high');
  if (spec.minCell > 0) columns.push('suppressed');
  return { kind: src.kind, columns, rows: out, notes };
}

function toQueryRow(r: ResultRow, spec: QuerySpec, ds: DisaggregateSpec): QueryRow {
  const row: QueryRow = Object.create(null) as QueryRow; // column names are data: `__proto__` too
  const show = (code: string | undefined): QueryCell => (code === undefined || code === MISSING ? null : code);
  ds.dims.forEach((d, k) => {
    row[spec.by[k] as string] = show(r.dims[d]);
  });
  if (spec.stat === 'share') row[spec.by[spec.by.length - 1] as string] = show(r.category);
  row.stat = spec.statLabel;
  row.value = r.value;
  row.n = r.suppressed ? null : r.n;
  if (spec.ci) {
    row.ci_low = r.ci_low ?? null;
    row.ci_high = r.ci_high ?? null;
  }
  if (spec.minCell > 0) row.suppressed = r.suppressed ?? null;
  return row;
}

function checkNumeric(frame: Frame, col: string, spec: QuerySpec): void {
  if (frame.isMulti(col)) throw new UsageError('query.stat', msg.query.statOnMulti(spec.stat, spec.statColumn ?? col));
  const values = frame.column(col);
  const text = new Set<string>();
  let numbers = 0;
  for (const v of values) {
    if (typeof v === 'number') numbers++;
    else if (v !== null && v !== undefined && v !== '') text.add(String(v));
  }
  if (text.size > 0 || numbers === 0) throw new UsageError('query.stat', msg.query.statNotNumeric(spec.stat, spec.statColumn ?? col, [...text].sort().slice(0, 3)));
}

/** Canonical files: declared code order, countries in section order; raw files: natural order. */
function comparators(kind: InstrumentKind | 'raw'): (dim: string) => Compare | undefined {
  if (kind === 'raw') return () => undefined;
  const spec = instrument(kind);
  return (dim) => {
    const c = spec.byName.get(dim);
    if (c?.type === 'iso3') return compareCountries;
    const order =
      c?.codes?.map((x) => x.code) ??
      (dim === 'age_group' ? (kind === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS).map((g) => g.code) : c?.type === 'yesno' ? ['yes', 'no'] : undefined);
    if (!order) return undefined;
    return (a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
    };
  };
}
