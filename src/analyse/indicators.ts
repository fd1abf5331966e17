/**
 * Computes every indicator of the registry (templates/indicators/*.json) that fits a Dataset:
 * one long keyed table of ResultRows, in registry order, each indicator's rows in a fixed order
 * (dimension values in declared order, countries in section order, `_total` last).
 *
 * - Weighted (survey with a weight on every row): shares, means and quantiles weighted, 95 %
 *   Korn–Graubard intervals; counts stay numbers of respondents (unweighted). Otherwise unweighted, Wilson intervals, `weighted: false` — the
 *   figures then describe the respondents (indicative), not a population. Assistance records are
 *   counts, never estimates (no intervals).
 * - Groups and population filters are domains of the whole dataset (R: subset of one design).
 * - Small counts: suppress.ts with `minCell` (0 = off), per indicator table.
 */
import type { Dataset } from '../model/dataset.js';
import type { ResultRow } from './result.js';
import { Frame, MISSING } from './frame.js';
import { disaggregateGroups, SHARE_STATISTICS, type DisaggregateSpec } from './disaggregate.js';
import type { Statistic } from '../schema/indicator.js';
import { loadRegistry, type RegisteredIndicator } from './registry.js';
import { Populations } from './populations.js';
import type { Group } from './group-rows.js';
import { suppress } from './suppress.js';
import { freeTextCounts, protectFreeText, type FreeTextContext } from './free-text.js';
import { CellSets } from './sdc/cell-sets.js';
import type { RowVars, TableShape } from './sdc/model.js';
import { controlDisclosure, type CellInput, type Disclosure } from './sdc/control.js';
import { isSensitiveCode, sensitivePopulation } from './sdc/sensitive.js';
import { loadRates, toUsd, type Rates } from './currency.js';
import { CHANNEL_TYPE_CODES } from '../schema/variables.js';
import { deriveColumns } from '../validate/derive.js';
import { NON_RESPONSE_CODES, REMITTANCE_CHANNEL_KIND } from '../schema/codes.js';
import { categoriesOf, comparators } from './categories.js';
import { instrument } from '../schema/instruments.js';

const COUNT_STATISTICS: ReadonlySet<Statistic> = new Set(['count', 'multi_count', 'distinct']);

export interface IndicatorOptions {
  /** Small-count threshold on unweighted bases / counts; 0 turns suppression off. */
  minCell: number;
  /** Exchange rates for amounts in USD (default: the bundled table). */
  rates?: Rates;
  /** Only these countries (ISO3 of the country column: `country` or `office`). */
  country?: string[];
  /** Only these months: `YYYY-MM` or `YYYY-MM-DD`, both ends included. */
  period?: { from: string; to: string };
  /** Only these indicators (ids); default all of the dataset's instrument. */
  ids?: string[];
  /** The registry to use (default: the bundled one). */
  registry?: RegisteredIndicator[];
}

export function computeIndicators(dataset: Dataset, opts: IndicatorOptions): ResultRow[] {
  const raw = computeRaw(dataset, opts, false);
  // Per-table suppression (ad-hoc callers); the build protects the linked set: computeProtected.
  if (!(opts.minCell > 0)) return raw.rows;
  const out: ResultRow[] = [];
  for (const [id, rows] of byIndicatorId(raw.rows)) out.push(...raw.text(suppress(rows, opts.minCell), id));
  return out;
}

function byIndicatorId(rows: readonly ResultRow[]): Map<string, ResultRow[]> {
  const m = new Map<string, ResultRow[]>();
  for (const r of rows) {
    const l = m.get(r.indicator);
    if (l) l.push(r);
    else m.set(r.indicator, [r]);
  }
  return m;
}

/**
 * Every indicator with disclosure control over the whole linked set of the instrument's results
 * (analyse/sdc): primary and secondary suppression chosen by integer programming, then the audit.
 * With `minCell` 0 nothing is hidden and no audit runs.
 */
export async function computeProtected(dataset: Dataset, opts: IndicatorOptions): Promise<{ rows: ResultRow[]; disclosure: Disclosure | null; perTable: () => ResultRow[] }> {
  if (!(opts.minCell > 0)) {
    const rows = computeRaw(dataset, opts, false).rows;
    return { rows, disclosure: null, perTable: () => rows };
  }
  const raw = computeRaw(dataset, opts, true);
  const r = await controlDisclosure(raw.rows, raw.cells!, opts.minCell);
  const out: ResultRow[] = [];
  for (const [id, rows] of byIndicatorId(r.rows)) out.push(...raw.text(rows, id));
  return { rows: out, disclosure: r.disclosure, perTable: () => perTable(raw, opts.minCell) };
}

/**
 * computeIndicators' per-table suppression of raw results already computed (the build's
 * information-loss comparison: the same rows, without computing every indicator again). The rows
 * are copies (their dims too), so that nothing done to them can reach the protected ones.
 */
function perTable(raw: Raw, minCell: number): ResultRow[] {
  const out: ResultRow[] = [];
  for (const [id, rows] of byIndicatorId(raw.rows)) {
    const copies = rows.map((r) => ({ ...r, dims: { ...r.dims } }));
    out.push(...raw.text(suppress(copies, minCell), id));
  }
  return out;
}

interface Raw {
  rows: ResultRow[];
  cells?: CellInput;
  /** Free-text labels of small groups relabelled (free-text.ts), on an indicator's suppressed rows. */
  text: (rows: ResultRow[], indicator: string) => ResultRow[];
}

function computeRaw(dataset: Dataset, opts: IndicatorOptions, cells: boolean): Raw {
  const spec = instrument(dataset.kind);
  const registry = (opts.registry ?? loadRegistry()).filter(
    (ind) => ind.instrument === dataset.kind && (opts.ids === undefined || opts.ids.includes(ind.id)),
  );
  const frame = derivedFrame(dataset, registry, opts.rates);
  const base = baseRows(frame, spec.countryColumn, opts);
  const compare = comparators(dataset.kind);
  const populations = new Populations(frame, base, compare);
  // free-text labels (partner, city, …) are published only when their group passes the threshold
  const textColumns = new Map(
    spec.columns.filter((c) => c.type === 'text' && dataset.table.columnNames().includes(c.name)).map((c) => [c.name, frame.column(c.name)] as const),
  );
  const freeText: FreeTextContext = { columns: textColumns, country: frame.column(spec.countryColumn), countryColumn: spec.countryColumn, base, minCell: opts.minCell };
  const textCounts = opts.minCell > 0 && textColumns.size > 0 ? freeTextCounts(freeText) : undefined;
  const out: ResultRow[] = [];
  const sets = cells ? new CellSets() : null;
  const rowVars: RowVars[] = [];
  const shapes = new Map<string, TableShape>();
  // a set of rows is interned once per (array, sensitivity): a group's rows are the base of each of
  // its categories, and the cached groups (Populations) are shared by the indicators that use them
  const interned = new WeakMap<readonly number[], [number | undefined, number | undefined]>();
  const intern = (s: CellSets, rows: readonly number[], sensitive: boolean): number => {
    let ids = interned.get(rows);
    if (!ids) interned.set(rows, (ids = [undefined, undefined]));
    const k = sensitive ? 1 : 0;
    return (ids[k] ??= s.intern(rows, sensitive));
  };
  for (const ind of registry) {
    const rows = populations.rows(ind.where, ind.id);
    const ds: DisaggregateSpec = {
      indicator: ind.id,
      statistic: ind.statistic,
      dims: ind.dimensions,
      totals: ind.totals,
      compare: (d) => compare(d),
      designSize: frame.numRows,
    };
    if (ind.variable !== undefined) ds.variable = ind.variable;
    const categories = categoriesOf(dataset.kind, ind.variable);
    if (categories) ds.categories = categories;
    // counts are numbers of respondents or records (the methodology box, the map); shares, means
    // and quantiles are the estimates that carry the weights
    if (dataset.kind === 'survey' && dataset.weighted && !COUNT_STATISTICS.has(ind.statistic)) ds.weight = 'weight';
    if (dataset.kind === 'survey' && SHARE_STATISTICS.has(ind.statistic)) ds.ci = true;
    if (sets) {
      const population = sensitivePopulation(dataset.kind, ind.where);
      ds.onSets = (r, b, num) => {
        const dimsSensitive = population || Object.entries(r.dims).some(([d, v]) => isSensitiveCode(dataset.kind, d, v));
        const catSensitive = r.category !== undefined && ind.variable !== undefined && isSensitiveCode(dataset.kind, ind.variable, r.category);
        const bv = intern(sets, b, dimsSensitive || (r.stat === 'count' && catSensitive));
        rowVars.push({ base: bv, num: num === null ? null : num === b ? bv : intern(sets, num, dimsSensitive || catSensitive) });
      };
      shapes.set(ind.id, {
        indicator: ind.id,
        additiveDims: new Set(ind.dimensions.filter((d) => spec.byName.get(d)?.type !== 'multi')),
        additiveCategories: ind.statistic === 'count' || ind.statistic === 'share' || ind.statistic === 'share_valid',
      });
    }
    const groups = answeredGroups(populations.groups(ind.where, ind.dimensions, ind.totals === true, ind.id));
    out.push(...disaggregateGroups(frame, rows, groups, ds));
  }
  const variables = new Map(registry.map((ind) => [ind.id, ind.variable]));
  const text = (rows: ResultRow[], id: string) => (textCounts ? protectFreeText(rows, variables.get(id), freeText, textCounts) : rows);
  if (!sets) return { rows: out, text };
  // the methodology box's interviews (records) per country: counted rows like any other
  const cc = frame.column(spec.countryColumn);
  const byCountry = new Map<string, number[]>();
  for (const i of base) {
    const c = String(cc[i]);
    const l = byCountry.get(c);
    if (l) l.push(i);
    else byCountry.set(c, [i]);
  }
  const fixed = new Set<number>();
  fixed.add(sets.intern(base, false));
  for (const rs of byCountry.values()) fixed.add(sets.intern(rs, false));
  return { rows: out, cells: { sets, rowVars, shapes, fixed }, text };
}

/**
 * A grouping variable's non-response ("don't know", "prefer not to answer", no answer) is never a
 * group of an estimate, a share or a count: "lost job, by sector" has no sector "Don't know", and
 * "people assisted, by partner" no partner "No answer". The people without an answer still count
 * in the `_total` group.
 */
function answeredGroups(groups: readonly Group[]): Group[] {
  return groups.filter((g) => g.codes.every((c, k) => k === 0 || !GROUP_NON_RESPONSE.has(c)));
}

const GROUP_NON_RESPONSE: ReadonlySet<string> = new Set([...NON_RESPONSE_CODES, MISSING]);

/** The rows of the dataset within the country and period options. */
function baseRows(frame: Frame, countryColumn: string, opts: IndicatorOptions): number[] {
  const countries = opts.country ? new Set(opts.country) : null;
  const from = opts.period?.from.slice(0, 7);
  const to = opts.period?.to.slice(0, 7);
  const cc = frame.column(countryColumn);
  const period = frame.column('period');
  const rows: number[] = [];
  for (let i = 0; i < frame.numRows; i++) {
    if (countries && !countries.has(String(cc[i]))) continue;
    if (from !== undefined && to !== undefined) {
      const p = period[i];
      if (typeof p !== 'string' || p < from || p > to) continue;
    }
    rows.push(i);
  }
  return rows;
}

/** The dataset's table with the derived variables of the indicators (schema/variables.ts) the registry needs. */
function derivedFrame(dataset: Dataset, registry: readonly RegisteredIndicator[], rates?: Rates): Frame {
  const bands = ['months_abroad_band', 'months_stranded_band', 'return_period'];
  const t = dataset.kind === 'survey' ? deriveColumns(dataset.table, dataset.kind, bands) : dataset.table;
  const n = t.numRows();
  const names = new Set(t.columnNames());
  const col = (name: string): unknown[] => (names.has(name) ? Array.from(t.array(name) as ArrayLike<unknown>) : new Array<unknown>(n).fill(null));
  const extra: Record<string, unknown[]> = {};
  const multi: Record<string, readonly string[]> = { ...dataset.multi };
  if (dataset.kind === 'survey') {
    for (const b of bands) if (!names.has(b)) extra[b] = col(b); // their source absent: nulls
    // the multi answers are read as per-row flags fetched once (Frame.chosenFlags), not per row
    const frame0 = new Frame(t, dataset.multi);
    const vulnerabilities = dataset.multi.vulnerabilities;
    const vulnerable = (vulnerabilities ?? []).filter((o) => o !== 'none').map((o) => frame0.chosenFlags('vulnerabilities', o));
    const answeredVulnerabilities = frame0.answeredFlags('vulnerabilities');
    extra.has_vulnerability = Array.from({ length: n }, (_, i) => {
      if (!vulnerabilities || answeredVulnerabilities[i] !== 1) return null;
      return vulnerable.some((f) => f[i] === 1) ? 'yes' : 'no';
    });
    const kinds = CHANNEL_TYPE_CODES.map((c) => c.code);
    multi.remittance_channel_type = kinds;
    const channels = dataset.multi.remittance_channel ?? [];
    const answeredChannel = frame0.answeredFlags('remittance_channel');
    for (const k of kinds) {
      const ofKind = channels.filter((o) => REMITTANCE_CHANNEL_KIND[o] === k).map((o) => frame0.chosenFlags('remittance_channel', o));
      extra[`remittance_channel_type/${k}`] = Array.from({ length: n }, (_, i) => {
        if (answeredChannel[i] !== 1) return null;
        return ofKind.some((f) => f[i] === 1) ? 1 : 0;
      });
    }
    extra.remittance_channel_type = Array.from({ length: n }, (_, i) =>
      answeredChannel[i] === 1 ? kinds.filter((k) => extra[`remittance_channel_type/${k}`]?.[i] === 1).join(' ') : null,
    );
    if (registry.some((r) => r.variable === 'remittance_amount_usd')) {
      const r = rates ?? loadRates();
      const amount = col('remittance_amount');
      const currency = col('remittance_currency');
      const period = col('period');
      extra.remittance_amount_usd = amount.map((a, i) => {
        const cur = currency[i];
        const month = period[i];
        if (typeof a !== 'number' || typeof cur !== 'string' || typeof month !== 'string') return null;
        return toUsd(a, cur, month, r);
      });
    }
  }
  return new Frame(t, multi, extra);
}
