/**
 * The validated cache for a query's projected load (query/projected-load.ts): one entry per input
 * and set of columns read. The key is key.ts's (input bytes — through the stat index,
 * stat-index.ts —, paths, mapping, kind asked, encoding, tool version, code fingerprint) plus the
 * column names the query reads, sorted. The entry is the one format of the cache
 * (cache/through-cache.ts): the table as Arrow IPC, and as JSON the kind, the multi questions, the
 * names a user may write and the rows left out.
 *
 * Nothing here throws for the cache's sake: any problem is a miss (or no write), with a note.
 */
import type { ProjectedLoad } from './projected-load.js';
import { codeFingerprintIn } from '../cache/fingerprint.js';
import { cacheKey } from '../cache/key.js';
import { indexedSha256, unchangedSince, type IndexedHash } from '../cache/stat-index.js';
import type { CacheOptions } from '../cache/load-cached.js';
import { lookup, store, type CacheSlot, type Codec } from '../cache/through-cache.js';

type ProjectedMeta = Omit<ProjectedLoad, 'table'>;

const codec: Codec<ProjectedLoad, ProjectedMeta> = {
  split: ({ table, ...meta }) => ({ table, meta }),
  join: (table, meta) => ({ ...meta, table }),
};

export interface ProjectedSlot {
  dir: string;
  key: string;
  input: IndexedHash;
  file: string;
  /** When the key was taken (the racy rule of the unchanged-while-read check). */
  startedAt: number;
  opts: CacheOptions;
}

/** The slot of a query's entry, or undefined when the cache is off or an input cannot be read. */
export async function projectedSlot(
  spec: { file: string; kind?: string | undefined; mapping?: string | undefined; encoding?: string | undefined; sheet?: string | undefined },
  columns: readonly string[],
  opts: CacheOptions,
): Promise<ProjectedSlot | undefined> {
  const dir = opts.cacheDir;
  if (!opts.cache || dir === undefined) return undefined;
  const startedAt = Date.now();
  try {
    const hashes = new Map<string, IndexedHash>();
    const hash = async (path: string) => {
      const h = await indexedSha256(dir, path);
      hashes.set(path, h);
      return h.sha256;
    };
    const k = await cacheKey(
      { kind: spec.kind, files: [spec.file], mapping: spec.mapping, encoding: spec.encoding, sheet: spec.sheet, projection: [...new Set(columns)].sort() },
      { fingerprint: opts.fingerprint ?? codeFingerprintIn(dir), hash, ...(opts.version !== undefined ? { version: opts.version } : {}) },
    );
    return { dir, key: k.key, input: hashes.get(spec.file)!, file: spec.file, startedAt, opts };
  } catch {
    return undefined;
  }
}

function cacheSlot(slot: ProjectedSlot): CacheSlot {
  return { dir: slot.dir, key: slot.key, note: slot.opts.note ?? (() => undefined), ...(slot.opts.bounds ? { bounds: slot.opts.bounds } : {}) };
}

export function readProjected(slot: ProjectedSlot): Promise<ProjectedLoad | undefined> {
  return lookup(cacheSlot(slot), codec);
}

/** Stores the load (unless the input changed while read, or a column cannot be kept exactly). */
export function writeProjected(slot: ProjectedSlot, load: ProjectedLoad): Promise<void> {
  return store(cacheSlot(slot), codec, load, () => unchangedSince(slot.file, slot.input, slot.startedAt));
}
