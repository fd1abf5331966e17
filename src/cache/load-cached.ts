/**
 * `loadDataset` through the validated cache: same options, same result. With `cache: false` or
 * no `cacheDir` it is loadDataset itself. The entry key is key.ts (input bytes, paths, mapping,
 * kind, encoding, issue cap, tool version, code fingerprint); the entry holds the Dataset table
 * (Arrow) and, as JSON, kind, multi, sources, weighted, issues, counts and truncated. The Dataset
 * never holds personal-data columns, so neither does the cache.
 */
import type { Dataset } from '../model/dataset.js';
import type { LoadOptions, LoadResult } from '../validate/load.js';
import { codeFingerprint } from './fingerprint.js';
import { cacheKey } from './key.js';
import type { Note, StoreBounds } from './store.js';
import { throughCache, type Codec } from './through-cache.js';

export interface CacheOptions {
  /** False bypasses the cache (--no-cache): nothing read, nothing written. */
  cache: boolean;
  /** The cache directory (location.ts); none = no cache. */
  cacheDir?: string | undefined;
  /** Debug notes (hits, damaged entries, unwritable directory). */
  note?: Note;
  bounds?: StoreBounds;
  /** Overrides for tests: the code fingerprint and the tool version in the key. */
  fingerprint?: string;
  version?: string;
}

type LoadMeta = Omit<Dataset, 'table'> & Omit<LoadResult, 'dataset'>;

const codec: Codec<LoadResult, LoadMeta> = {
  split: ({ dataset: { table, ...rest }, issues, counts, truncated }) => ({ table, meta: { ...rest, issues, counts, truncated } }),
  join: (table, { kind, multi, sources, weighted, issues, counts, truncated }) => ({
    dataset: { kind, table, multi, sources, weighted },
    issues,
    counts,
    truncated,
  }),
};

/** The validator is loaded only when needed: a cache hit does without it. */
async function loadDataset(opts: LoadOptions): Promise<LoadResult> {
  const { loadDataset: load } = await import('../validate/load.js');
  return load(opts);
}

/**
 * With the cache on, the result carries the entry's key (`cacheKey`) when the data loaded are those
 * the key was taken from: a key for the validated data that later caches (the protected results) build on.
 */
export async function loadDatasetCached(opts: LoadOptions & CacheOptions): Promise<LoadResult & { cacheKey?: string }> {
  const { cache, cacheDir, note: given, bounds, fingerprint, version, ...load } = opts;
  if (!cache || cacheDir === undefined || load.files.length === 0) return loadDataset(load);
  const note = given ?? (() => undefined);
  let key;
  try {
    key = await cacheKey(load, { fingerprint: fingerprint ?? codeFingerprint(), ...(version !== undefined ? { version } : {}) });
  } catch {
    return loadDataset(load); // an unreadable input: loadDataset says so properly
  }
  const sameInputs = (r: LoadResult) => r.dataset.sources.length === key.sha256.length && r.dataset.sources.every((s, i) => s.sha256 === key.sha256[i]);
  const r = await throughCache({ dir: cacheDir, key: key.key, note, ...(bounds ? { bounds } : {}) }, codec, () => loadDataset(load), sameInputs);
  return sameInputs(r) ? { ...r, cacheKey: key.key } : r;
}
