/**
 * `bulletin query`: one aggregate of one file, as a long table — the --by columns, then `stat`,
 * `value`, `n` (unweighted base), with --ci `ci_low`, `ci_high`, with --min-cell `suppressed`.
 *
 * Canonical files (survey, assistance; labels and codes understood) are loaded and validated for
 * the columns the query reads only (projected-load.ts: rows invalid in those are left out and said
 * so; `full` loads and validates every column, as validate/load.ts does for build); any other file
 * is read as found (raw-dataset.ts). The engine is analyse/disaggregate.ts: `share` is the share of the last --by
 * column within the groups of the others (base = every row of the group, a missing answer being
 * its own category); a multi column there gives the share of respondents (who answered) that chose
 * each option. With --weight, shares, means, sums and medians are weighted and the intervals are
 * Korn–Graubard; the whole file (rows with a weight) is the design and every group a domain of it.
 */
import { existsSync, statSync } from 'node:fs';
import { isStdin } from '../fs/snapshot.js';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { Frame, MISSING } from '../analyse/frame.js';
import { disaggregate, type DisaggregateSpec } from '../analyse/disaggregate.js';
import { suppress } from '../analyse/suppress.js';
import type { Condition } from '../analyse/where.js';
import type { ResultRow } from '../analyse/result.js';
import type { CacheOptions } from '../cache/load-cached.js';
import { projectedSlot, readProjected, writeProjected } from './projected-cached.js';
import type { CsvStream } from '../ingest/read-csv.js';
import type { ProjectedLoad } from './projected-load.js';
import { categoriesOf, comparators } from '../analyse/categories.js';
import type { InstrumentKind } from '../schema/types.js';
import { TYPO_REACH, closest } from '../text/closest.js';
import { MAX_GROUPS, type QuerySpec } from './spec.js';

export type QueryCell = string | number | null;
type QueryRow = Record<string, QueryCell>;

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
  /** Load and validate every column of a canonical file (validate/load.ts), as before projection. */
  full?: boolean;
}

/** The column names a query reads, as written. */
function namesRead(spec: QuerySpec): string[] {
  const names = [...spec.by, ...spec.where.map((w) => w.condition.column)];
  if (spec.statColumn !== undefined) names.push(spec.statColumn);
  if (spec.weight !== undefined) names.push(spec.weight);
  return names;
}

async function open(spec: QuerySpec, given: QueryOptions): Promise<Source> {
  if (!existsSync(spec.file)) throw new UsageError('input.missing', msg.query.fileMissing(spec.file), { path: spec.file });
  // a pipe, a device or standard input is read once and never cached (it cannot be hashed apart from the read)
  const regular = !isStdin(spec.file) && statSync(spec.file).isFile();
  const cache: QueryOptions = regular ? given : { ...given, cache: false };
  const asked = spec.kind === 'raw' ? undefined : spec.kind;
  const slot = spec.kind === 'raw' || cache.full ? undefined : await projectedSlot({ ...spec, kind: asked }, namesRead(spec), cache);
  if (slot) {
    const hit = await readProjected(slot);
    if (hit) return projectedSource(hit);
  }
  // the reader and the validator are loaded only when the cache does not answer
  const { openInput } = await import('../ingest/open-input.js');
  // how to read the file (its encoding, its sheet), the same for every way it is opened below
  const reading = { ...(spec.encoding !== undefined ? { encoding: spec.encoding } : {}), ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}) };

  /** `csv`: the file when it was opened to detect its kind, not yet read. */
  const loadSource = async (kind: InstrumentKind | 'raw' | undefined, csv: CsvStream | undefined): Promise<Source> => {
    if (kind === 'raw') {
      const { loadRawDatasetCached } = await import('./raw-cached.js');
      const { loadRawDataset } = await import('./raw-dataset.js');
      let raw;
      if (!regular) raw = await loadRawDataset(spec.file, { ...reading, ...(csv ? { csv } : {}) }); // opened once
      else {
        await csv?.source?.close(); // a regular file: opened again through the cache
        raw = await loadRawDatasetCached(spec.file, { ...reading, ...cache });
      }
      const frame = new Frame(raw.dataset.table, raw.dataset.multi);
      const available = visibleColumns(frame);
      return { kind, frame, resolve: (n) => raw.aliases.get(n), available, notes: [...(raw.personal.length > 0 ? [msg.query.personalDropped(raw.personal)] : []), ...(raw.broken ? [msg.query.brokenQuotes(raw.broken.rows, raw.broken.line)] : [])] };
    }
    if (!cache.full) {
      const { loadProjected, openProjected } = await import('./projected-load.js');
      const f = await openProjected({ file: spec.file, ...(csv ? { csv } : {}), ...(kind !== undefined ? { kind } : {}), ...(spec.mapping !== undefined ? { mapping: spec.mapping } : {}), ...reading });
      const known = new Set(f.visible);
      const resolve = (n: string) => (known.has(n) || Object.prototype.hasOwnProperty.call(f.multi, n) ? n : undefined);
      const names = namesRead(spec);
      const reads = names.map(resolve).filter((n): n is string => n !== undefined);
      const load = await loadProjected(f, reads);
      if (slot && reads.length === names.length) await writeProjected(slot, load);
      return projectedSource(load);
    }
    // the kind was detected on a handle of its own: the cache reads the file itself
    await csv?.source?.close();
    const { loadDatasetCached } = await import('../cache/load-cached.js');
    const loaded = await loadDatasetCached({
      ...cache,
      files: [spec.file],
      ...(kind !== undefined ? { kind } : {}),
      ...(spec.mapping !== undefined ? { mapping: spec.mapping } : {}),
      ...reading,
    });
    const ds = loaded.dataset;
    const frame = new Frame(ds.table, ds.multi);
    const available = visibleColumns(frame);
    const names = new Set(available);
    const notes: string[] = [];
    const rejected = ds.sources.reduce((s, x) => s + x.rejected, 0);
    if (rejected > 0) notes.push(msg.query.rowsLeftOut(rejected));
    return { kind: ds.kind, frame, resolve: (n) => (names.has(n) || frame.isMulti(n) ? n : undefined), available, notes };
  };

  if (spec.kind !== undefined || spec.mapping !== undefined) return loadSource(spec.kind, undefined);
  // a file opened here (to detect its kind) and then refused or left unread is closed, not left to the GC
  const { detectKind } = await import('../ingest/detect-kind.js');
  const { withInput } = await import('../ingest/with-input.js');
  return withInput(openInput(spec.file, { hash: false, ...reading }), (csv) => loadSource(detectKind(csv.header) ?? 'raw', csv));
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
  if (c === undefined) throw new UsageError('query.column', msg.query.unknownColumn(name, where, closest(name, src.available, { k: 1, within: TYPO_REACH })[0], src.available));
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
    if (condition.op === '=' || condition.op === '!=') checkCodes(src, c, expr, condition.values);
    return { ...condition, column: c };
  });
  checkGroups(frame, by);
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
    if (designSize === 0) throw new UsageError('query.weight', msg.query.weightNotNumeric(spec.weight, textValues(w)));
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
    const categories = frame.isMulti(last) ? frame.options(last) : categoriesOf(src.kind, last);
    if (categories) ds.categories = categories;
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

/** Values of --where COL=V that COL can never hold (a declared code list, or the values present): exit 2, with the closest. */
function checkCodes(src: Source, column: string, expr: string, values: readonly string[]): void {
  const frame = src.frame;
  let codes: readonly string[] | undefined;
  if (frame.isMulti(column)) codes = frame.options(column);
  else codes = categoriesOf(src.kind, column);
  const declared = codes !== undefined;
  if (codes === undefined) {
    // no declaration: the values found in the column, when they are few (a code list, not free text or numbers)
    const seen = new Set<string>();
    for (const v of frame.column(column)) {
      if (typeof v !== 'string') {
        if (v !== null && v !== undefined) return;
        continue;
      }
      seen.add(v);
      if (seen.size > 200) return;
    }
    codes = [...seen].sort();
  }
  const known = new Set(codes);
  const unknown = values.filter((v) => !known.has(v));
  // a declared code list: every value must be one; values merely found in the file: at least one
  const wrong = declared ? unknown[0] : unknown.length === values.length ? unknown[0] : undefined;
  if (wrong !== undefined && codes.length > 0) throw new UsageError('query.where', msg.query.unknownCode(expr, wrong, column, closest(wrong, codes, { k: 1, within: TYPO_REACH })[0], codes));
}

/** The number of groups --by makes, bounded (MAX_GROUPS): beyond is a usage error, not an internal one. */
function checkGroups(frame: Frame, by: readonly string[]): void {
  let groups = 1;
  for (const b of by) {
    // the codes a column groups by (Frame.encoded, kept for the grouping), a multi's options
    const distinct = frame.isMulti(b) ? frame.options(b).length : frame.encoded(b).labels.length;
    groups *= Math.max(1, distinct + 1);
    if (groups > MAX_GROUPS) throw new UsageError('query.by', msg.query.tooManyGroups(`more than ${MAX_GROUPS.toLocaleString('en')}`, MAX_GROUPS));
  }
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
  const text = textValues(values);
  if (text.length > 0 || !values.some((v) => typeof v === 'number')) throw new UsageError('query.stat', msg.query.statNotNumeric(spec.stat, spec.statColumn ?? col, text));
}

/**
 * Why a column is not numeric: the first three (sorted) of its values that are not numbers, those
 * that do not even read as one first (`abc`, `1e309`, not the `1` of a column one `abc` made text).
 */
function textValues(values: ArrayLike<unknown>): string[] {
  const text = new Set<string>();
  const offending = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' || v === null || v === undefined || v === '') continue;
    const s = String(v);
    text.add(s);
    if (!Number.isFinite(Number(s.trim()))) offending.add(s);
  }
  return [...(offending.size > 0 ? offending : text)].sort().slice(0, 3);
}
