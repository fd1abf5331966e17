/**
 * Loads input files of one instrument into a Dataset (model/dataset.ts): reads each file with the
 * streaming CSV reader, validates it, concatenates the accepted rows of all files, and adds the
 * derived columns `period`, `age_group` and (assistance) `minor`. `build` and `query` call this.
 *
 * Bad data never throws: it comes back as issues. Unreadable files, a bad mapping file, or a file
 * that matches no instrument are UsageErrors (exit 2).
 */
import { table } from '../model/arquero.js';
import { UsageError } from '../errors.js';
import { sha256OfFile } from '../fs/hash.js';
import { checkMappingTargets, planColumns } from '../ingest/column-plan.js';
import { detectKind } from '../ingest/detect-kind.js';
import { loadMapping } from '../ingest/mapping.js';
import { isXlsxStream, openInput } from '../ingest/open-input.js';
import { withInput } from '../ingest/with-input.js';
import { locateIssues } from '../ingest/xlsx/locate.js';
import type { Dataset, SourceSummary } from '../model/dataset.js';
import type { Issue } from '../model/issue.js';
import { INSTRUMENTS, withCutoff, type InstrumentKind } from '../schema/instruments.js';
import { EMPTY_MAPPING } from '../schema/mapping.js';
import { ColumnStore } from './column-store.js';
import { deriveColumns } from './derive.js';
import { DEFAULT_MAX_ISSUES, IssueSink, type RuleCount } from './issue-sink.js';
import { datasetLayout } from './layout.js';
import { newSeenIds, validateCsv } from './validate-file.js';
import { msg } from '../messages/index.js';
import { kindOf } from './kind-of.js';

export interface LoadOptions {
  files: string[];
  kind?: InstrumentKind;
  mapping?: string;
  encoding?: string;
  /** The sheet to read in Excel workbooks (`--sheet`). */
  sheet?: string;
  maxIssues?: number;
  /** False to validate only: the Dataset table then has no rows. Default true. */
  collect?: boolean;
  /** The data cut-off (YYYY-MM-DD): later dates are errors; default today (UTC). */
  cutoff?: string;
}

export interface LoadResult {
  dataset: Dataset;
  issues: Issue[];
  counts: { errors: number; warnings: number; byRule: RuleCount[] };
  /** True when more issues were found than `maxIssues` kept. */
  truncated: boolean;
}

export async function loadDataset(opts: LoadOptions): Promise<LoadResult> {
  if (opts.files.length === 0) throw new UsageError('input.none', 'no input file given');
  const mapping = opts.mapping ? await loadMapping(opts.mapping) : EMPTY_MAPPING;
  const sink = new IssueSink(opts.maxIssues ?? DEFAULT_MAX_ISSUES);
  let kind: InstrumentKind | undefined = opts.kind ?? mapping.kind;
  let store: ColumnStore | undefined;
  const sources: SourceSummary[] = [];
  const multis = new Set<string>();
  const ids = newSeenIds();
  const opened = new Map<string, string>();

  for (const path of opts.files) {
    await withInput(openInput(path, { ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) }), async (csv) => {
      const source = csv.source;
      const identity = source?.identity;
      if (identity !== undefined) {
        const twice = opened.get(identity);
        if (twice !== undefined) throw new UsageError('input.twice', msg.fs.sameInput(twice, path), { path });
        opened.set(identity, path);
      }
      const k = kindOf(csv, mapping, kind);
      if (kind === undefined) kind = k;
      else if (opts.kind === undefined && mapping.kind === undefined) {
        const own = detectKind(csv.header, mapping);
        if (own !== null && own !== kind) {
          throw new UsageError('input.mixed-kinds', `${path} is a ${own} file but ${opts.files[0]} is a ${kind} file: give files of one kind`, { path });
        }
      }
      if (!store) {
        checkMappingTargets(INSTRUMENTS[k], mapping, opts.mapping ?? '');
        store = new ColumnStore(datasetLayout(INSTRUMENTS[k]), opts.collect !== false);
      }
      const kept = sink.issues.length;
      const inst = opts.cutoff !== undefined ? withCutoff(INSTRUMENTS[k], opts.cutoff) : INSTRUMENTS[k];
      const counts = await validateCsv(csv, inst, mapping, sink, store, undefined, ids);
      const xlsx = isXlsxStream(csv);
      if (xlsx) locateIssues(sink.issues.slice(kept), planColumns(csv.header, INSTRUMENTS[k], mapping), csv.header);
      for (const m of counts.multis) multis.add(m);
      sources.push({
        path,
        kind: k,
        // the bytes parsed, read once (a CSV changed while read was refused by the reader); a workbook: hashed whole
        sha256: source ? source.sha256() : await sha256OfFile(path),
        encoding: csv.encoding,
        delimiter: xlsx ? '' : csv.delimiter,
        ...(xlsx ? { sheet: csv.sheet, notes: csv.notes } : {}),
        rows: counts.rows,
        accepted: counts.accepted,
        rejected: counts.rejected,
        excludedNoConsent: counts.excludedNoConsent,
        errors: counts.errors,
        warnings: counts.warnings,
      });
    });
  }
  const inst = INSTRUMENTS[kind!];
  const dataset: Dataset = {
    kind: kind!,
    table: tableOf(store!, kind!),
    multi: Object.fromEntries(
      inst.columns.filter((c) => c.type === 'multi' && multis.has(c.name)).map((c) => [c.name, (c.codes ?? []).map((o) => o.code)]),
    ),
    sources,
    weighted: isWeighted(store!),
  };
  return { dataset, issues: sink.issues, counts: { errors: sink.errors, warnings: sink.warnings, byRule: sink.byRule() }, truncated: sink.truncated };
}

function isWeighted(store: ColumnStore): boolean {
  if (!store.layout.slot.has('weight') || store.rows === 0) return false;
  return store.column('weight').every((w) => typeof w === 'number');
}

function tableOf(store: ColumnStore, kind: InstrumentKind) {
  const cols: Record<string, unknown[]> = {};
  store.layout.names.forEach((n, i) => {
    cols[n] = store.data[i]!;
  });
  return deriveColumns(table(cols), kind);
}
