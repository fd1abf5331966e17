/**
 * The cache directory: entries `<key>.bcache` (entry.ts), written atomically (a temporary file in
 * the same directory, then rename: a reader sees a whole entry or none, and two processes writing
 * the same key both succeed, the last rename winning with identical content), read whole, and
 * bounded: after each write only the most recently used entries are kept, at most
 * `maxEntries` (default 8) and `maxBytes` (default 1 GiB) together — a hit refreshes the entry's
 * modification time. Temporary files left by a killed process are removed after an hour.
 * Files of other names in the directory are never touched.
 *
 * Nothing here throws: a directory that cannot be created, read or written turns the cache off for
 * that call, and the reason goes to `note` (shown with --debug).
 */
import { readFile, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { msg } from '../messages/index.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

export interface StoreBounds {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_BOUNDS: StoreBounds = { maxEntries: 8, maxBytes: 1024 * 1024 * 1024 };

const ENTRY = /^[0-9a-f]{64}\.bcache$/;
const TEMP = /^[0-9a-f]{64}\.bcache\.[0-9]+\.[0-9a-f]+\.tmp$/;
const STALE_TEMP_MS = 60 * 60 * 1000;

export type Note = (message: string) => void;

export function entryPath(dir: string, key: string): string {
  return join(dir, `${key}.bcache`);
}

/** The bytes of the entry, or undefined when there is none (or it cannot be read). */
export async function readEntryFile(dir: string, key: string, note: Note): Promise<Uint8Array | undefined> {
  const path = entryPath(dir, key);
  try {
    const bytes = await readFile(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(msg.cache.cannotRead(path, (e as Error).message));
    return undefined;
  }
}

/** Marks the entry as just used (for the bound); errors ignored. */
export async function touchEntry(dir: string, key: string): Promise<void> {
  const now = new Date();
  await utimes(entryPath(dir, key), now, now).catch(() => undefined);
}

/** Writes the entry atomically, then prunes (unless `bounds` is null: the caller prunes later); false (and a note) when it could not be written. */
export async function writeEntryFile(dir: string, key: string, chunks: Uint8Array[], note: Note, bounds: StoreBounds | null = DEFAULT_BOUNDS): Promise<boolean> {
  const path = entryPath(dir, key);
  try {
    await writeFileAtomic(path, chunks, { mode: 0o600, dirMode: 0o700 });
  } catch (e) {
    note(msg.cache.cannotWrite(path, (e as Error).message));
    return false;
  }
  if (bounds) await pruneEntries(dir, key, bounds).catch((e: Error) => note(msg.cache.cannotPrune(dir, e.message)));
  return true;
}

/** Keeps the most recently used entries within the bounds (and `keep` always). */
export async function pruneEntries(dir: string, keep: string, bounds: StoreBounds): Promise<void> {
  const names = await readdir(dir);
  const now = Date.now();
  const entries: Array<{ name: string; size: number; mtime: number }> = [];
  for (const name of names) {
    if (!ENTRY.test(name) && !TEMP.test(name)) continue;
    const s = await stat(join(dir, name)).catch(() => undefined);
    if (!s) continue;
    if (TEMP.test(name)) {
      if (now - s.mtimeMs > STALE_TEMP_MS) await unlink(join(dir, name)).catch(() => undefined);
      continue;
    }
    entries.push({ name, size: s.size, mtime: s.mtimeMs });
  }
  const kept = `${keep}.bcache`;
  entries.sort((a, b) => (a.name === kept ? -1 : b.name === kept ? 1 : b.mtime - a.mtime || (a.name < b.name ? -1 : 1)));
  let count = 0;
  let bytes = 0;
  for (const e of entries) {
    count += 1;
    bytes += e.size;
    if (e.name !== kept && (count > bounds.maxEntries || bytes > bounds.maxBytes)) await unlink(join(dir, e.name)).catch(() => undefined);
  }
}
