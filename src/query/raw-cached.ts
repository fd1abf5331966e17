/**
 * `query --kind raw` (any export read as found, query/raw-dataset.ts) through the same cache:
 * the table as Arrow, and multi, aliases, the personal columns dropped (their names only),
 * encoding, delimiter and the rows with broken quotes (count, first line) as JSON. Keyed like a canonical load, with kind `raw`.
 */
import type { RawDataset } from './raw-dataset.js';
import { codeFingerprint } from '../cache/fingerprint.js';
import { sha256OfFile as sha256File } from '../fs/hash.js';
import { cacheKey } from '../cache/key.js';
import type { CacheOptions } from '../cache/load-cached.js';
import { throughCache, type Codec } from '../cache/through-cache.js';

interface RawMeta {
  dataset: Omit<RawDataset['dataset'], 'table'>;
  aliases: Array<[string, string]>;
  personal: string[];
  encoding: string;
  delimiter: string;
  broken: RawDataset['broken'];
}

const codec: Codec<RawDataset, RawMeta> = {
  split: ({ dataset: { table, ...dataset }, aliases, personal, encoding, delimiter, broken }) => ({
    table,
    meta: { dataset, aliases: [...aliases], personal, encoding, delimiter, broken },
  }),
  join: (table, { dataset, aliases, personal, encoding, delimiter, broken }) => ({
    dataset: { ...dataset, table },
    aliases: new Map(aliases),
    personal,
    encoding,
    delimiter,
    broken: broken ?? null,
  }),
};

/** The reader is loaded only on a miss. */
async function loadRawDataset(path: string, opts: { encoding?: string; sheet?: string }): Promise<RawDataset> {
  const { loadRawDataset: load } = await import('./raw-dataset.js');
  return load(path, opts);
}

export async function loadRawDatasetCached(path: string, opts: { encoding?: string; sheet?: string } & CacheOptions): Promise<RawDataset> {
  const { cache, cacheDir, note: given, bounds, fingerprint, version, ...load } = opts;
  if (!cache || cacheDir === undefined) return loadRawDataset(path, load);
  let key;
  try {
    key = await cacheKey({ kind: 'raw', files: [path], encoding: load.encoding, sheet: load.sheet }, { fingerprint: fingerprint ?? codeFingerprint(), ...(version !== undefined ? { version } : {}) });
  } catch {
    return loadRawDataset(path, load);
  }
  return throughCache(
    { dir: cacheDir, key: key.key, note: given ?? (() => undefined), ...(bounds ? { bounds } : {}) },
    codec,
    () => loadRawDataset(path, load),
    async () => (await sha256File(path).catch(() => '')) === key.sha256[0], // unchanged while read
  );
}
