/**
 * Reading one entry of a cache directory (store.ts) through a check: the entry's bytes are handed to
 * `decode`, which returns undefined when they do not check out (another format, key, length or
 * hash, a body that does not decode). Such an entry is noted, deleted and counts as a miss, so it is
 * never used and the next write replaces it; a used entry is marked as just used for the bound.
 * Shared by the render cache and the protected-results cache. Nothing here throws.
 */
import { unlink } from 'node:fs/promises';
import { entryPath, readEntryFile, touchEntry, type Note } from './store.js';

export async function readCheckedEntry<T>(dir: string, key: string, note: Note, decode: (bytes: Uint8Array) => T | undefined, damaged: (path: string) => string): Promise<T | undefined> {
  const bytes = await readEntryFile(dir, key, note);
  if (!bytes) return undefined;
  let value: T | undefined;
  try {
    value = decode(bytes);
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    note(damaged(entryPath(dir, key)));
    await unlink(entryPath(dir, key)).catch(() => undefined);
    return undefined;
  }
  await touchEntry(dir, key);
  return value;
}
