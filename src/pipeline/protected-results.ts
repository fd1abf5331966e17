/**
 * One instrument's published results under disclosure control (analyse/sdc), through the
 * protected-results cache (cache/protected-cache.ts): the protection programs and the audit are the
 * largest cost of a rebuild whose drawings are all in the render cache, and their answer depends
 * only on what the key below holds.
 *
 * The key: the validated data's cache key (input bytes, paths, mapping, cut-off … — cache/key.ts),
 * the instrument, the threshold (`--min-cell`), the published indicator ids and their registry
 * entries, the countries, the period, the exchange rates used (the table's content, bundled or
 * `--rates`), whether the audit runs (`BULLETIN_SDC_AUDIT`), the code fingerprint (every module
 * of the tool, package.json with the solver's version, as the render cache's) and the Node and
 * V8 versions (protected-cache.ts). Without a data key (the cache off, `--no-cache`, an input
 * changed while read) nothing is read or written.
 *
 * The value: the protected rows, the disclosure record (with its model and hidden cells) and, when
 * the audit passed, the same results under the per-table method (the information-loss comparison).
 */
import type { IndicatorOptions } from '../analyse/indicators.js';
import type { RegisteredIndicator } from '../analyse/registry.js';
import type { ResultRow } from '../analyse/result.js';
import type { Disclosure } from '../analyse/sdc/control.js';
import { protectedKey, readProtected, writeProtected } from '../cache/protected-cache.js';
import type { Note } from '../cache/store.js';
import type { Dataset } from '../model/dataset.js';

export interface ProtectedResults {
  rows: ResultRow[];
  disclosure: Disclosure | null;
  /** The same results under the per-table method (when protected and the audit passed). */
  before?: ResultRow[];
}

export interface ProtectedCacheSlot {
  /** `<cache>/protected` (protected-cache.ts). */
  dir: string;
  /** The validated data's cache key (load-cached.ts). */
  dataKey: string;
  /** The code fingerprint (cache/render-fingerprint.ts). */
  fingerprint: string;
  note?: Note;
  /** Called when the entry is missing, before the programs run (the build warms its render threads). */
  onMiss?: () => void;
}

export type ProtectOptions = IndicatorOptions & { registry: RegisteredIndicator[]; ids: string[] };

/**
 * The results, from the cache when the entry is there, else computed (and stored). With a cache,
 * `key` is the entry's key: it stands for the results' content (they are a function of what it
 * holds), so the render cache's job keys use it instead of hashing every row again.
 */
export async function protectedResults(dataset: Dataset, io: ProtectOptions, cache: ProtectedCacheSlot | undefined): Promise<ProtectedResults & { key?: string }> {
  if (!cache) return compute(dataset, io);
  const note = cache.note ?? (() => undefined);
  const key = await protectedResultsKey(dataset, io, cache);
  const hit = await readProtected<ProtectedResults>(cache.dir, key, note);
  if (hit !== undefined && Array.isArray(hit.rows)) return { ...hit, key };
  cache.onMiss?.();
  const r = await compute(dataset, io);
  await writeProtected(cache.dir, key, r, note);
  return { ...r, key };
}

async function compute(dataset: Dataset, io: ProtectOptions): Promise<ProtectedResults> {
  const { computeProtected } = await import('../analyse/indicators.js');
  const r = await computeProtected(dataset, io);
  const out: ProtectedResults = { rows: r.rows, disclosure: r.disclosure };
  // today's per-table method on the same results (computeIndicators' rows, from the indicators
  // computed once), for the information-loss comparison
  if (r.disclosure && r.disclosure.audit.failures.length === 0 && io.minCell > 0) out.before = r.perTable();
  return out;
}

/** The entry's key (exported for the tests). */
export async function protectedResultsKey(dataset: Dataset, io: ProtectOptions, cache: Pick<ProtectedCacheSlot, 'dataKey' | 'fingerprint'>): Promise<string> {
  return protectedKey(await keyParts(dataset, io, cache));
}

async function keyParts(dataset: Dataset, io: ProtectOptions, cache: Pick<ProtectedCacheSlot, 'dataKey' | 'fingerprint'>): Promise<unknown> {
  const ids = [...io.ids].sort();
  const wanted = new Set(ids);
  const { loadRates } = await import('../analyse/currency.js');
  return {
    data: cache.dataKey,
    kind: dataset.kind,
    minCell: io.minCell,
    ids,
    // in registry order, the order the results come in
    registry: io.registry.filter((r) => wanted.has(r.id)),
    countries: io.country ?? 'all',
    period: io.period ?? null,
    rates: io.rates ?? loadRates(),
    audit: process.env.BULLETIN_SDC_AUDIT === 'off' ? 'off' : 'on',
    code: cache.fingerprint,
  };
}
