/**
 * The protected-results cache: what disclosure control (analyse/sdc: the protection programs and the
 * audit) decided for one instrument's results, so that a rebuild of the same data with the same
 * options solves nothing. Entries live in `<cache>/protected/`, one file `<key>.bcache` each,
 * framed as the validated cache's entries (entry.ts: magic, format, key, lengths, sha256 of the
 * body) and written atomically (store.ts); the body is the value as V8 serializes it (structured
 * clone: exact numbers, -0, NaN, undefined, Maps and typed arrays), which is why the Node and V8
 * versions are part of the key. An entry that does not check out or does not deserialize is
 * deleted and counts as a miss (checked-entry.ts). The directory is bounded: after each write only
 * the most recently used entries are kept, at most `PROTECTED_BOUNDS`.
 *
 * What the key holds is decided by the caller (pipeline/protected-results.ts); here it is hashed
 * with the format, the Node and V8 versions. Generic over the value: this module knows nothing of
 * the analysis.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { msg } from '../messages/index.js';
import { readCheckedEntry } from './checked-entry.js';
import { parseEntry, serializeEntry } from './entry.js';
import { writeEntryFile, type Note, type StoreBounds } from './store.js';
import { hashValue } from './value-hash.js';

const PROTECTED_BOUNDS: StoreBounds = { maxEntries: 32, maxBytes: 512 * 1024 * 1024 };

/** Bumped when the body's layout changes. */
const FORMAT = 1;

interface Meta {
  kind: 'protected';
  format: number;
}

export function protectedCacheDir(cacheDir: string): string {
  return join(cacheDir, 'protected');
}

/** The hex key of everything that decides the protected results (`parts`), with this runtime's versions. */
export function protectedKey(parts: unknown): string {
  const h = createHash('sha256');
  h.update(`bulletin protected ${FORMAT}\nnode ${process.versions.node}\nv8 ${process.versions.v8}\n`);
  hashValue(h, parts);
  return h.digest('hex');
}

/** The value stored under the key, or undefined (a miss, including an entry that does not check out). */
export async function readProtected<T>(dir: string, key: string, note: Note): Promise<T | undefined> {
  const value = await readCheckedEntry(dir, key, note, (bytes) => decode<T>(bytes, key), (path) => msg.cache.protectedDamaged(path));
  if (value !== undefined) note(msg.cache.protectedHit(key));
  return value?.value;
}

/** Stores the value under the key (atomically), then keeps the directory within its bounds. */
export async function writeProtected(dir: string, key: string, value: unknown, note: Note, bounds: StoreBounds = PROTECTED_BOUNDS): Promise<boolean> {
  let body: Buffer;
  try {
    body = serialize(value);
  } catch (e) {
    note(msg.cache.cannotWrite(dir, (e as Error).message));
    return false;
  }
  const meta: Meta = { kind: 'protected', format: FORMAT };
  return writeEntryFile(dir, key, serializeEntry(key, meta, body), note, bounds);
}

function decode<T>(bytes: Uint8Array, key: string): { value: T } | undefined {
  const entry = parseEntry<Meta>(bytes, key);
  if (entry === undefined || entry.meta?.kind !== 'protected' || entry.meta.format !== FORMAT) return undefined;
  return { value: deserialize(entry.body) as T };
}
