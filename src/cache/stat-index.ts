/**
 * The sha256 of an input without reading it again when it has not changed: a small index in the
 * cache directory (`stat-index.json`) maps a file's real path and stat (device, inode, size,
 * modification and change times in nanoseconds) to the sha256 computed for it and the moment the
 * hashing started, as git's index does.
 *
 * The "racy" rule (git's): a file modified within the same clock tick as the hashing could change
 * again without its stat changing. So the stat is trusted only when the file's modification time
 * is at least RACY_MARGIN_MS older than the moment the hash was taken; otherwise the file is
 * hashed again (and the record renewed, which will then be trusted once the file is old enough).
 *
 * Safe to delete; a missing, unreadable or malformed index is an empty one; it is written
 * atomically (temporary file, rename) and holds at most MAX_RECORDS files (the most recent).
 * Errors never throw from here, except that of hashing an unreadable input.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256OfFile } from '../fs/hash.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

export const RACY_MARGIN_MS = 2000;
const MAX_RECORDS = 64;
const INDEX = 'stat-index.json';

interface StatRecord {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  sha256: string;
  /** When hashing started (ms since the epoch). */
  hashedAt: number;
}

interface FileStat {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  mtimeMs: number;
}

async function fileStat(path: string): Promise<FileStat> {
  const s = await stat(path, { bigint: true });
  return { dev: String(s.dev), ino: String(s.ino), size: String(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), mtimeMs: Number(s.mtimeNs / 1_000_000n) };
}

function sameStat(a: FileStat | StatRecord, b: FileStat | StatRecord): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** Whether a stat may vouch for a hash taken at `hashedAt` (the racy rule). */
function trusted(s: FileStat, hashedAt: number): boolean {
  return s.mtimeMs <= hashedAt - RACY_MARGIN_MS;
}

async function readIndex(dir: string): Promise<Record<string, StatRecord>> {
  try {
    const doc = JSON.parse(await readFile(join(dir, INDEX), 'utf8')) as unknown;
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) return doc as Record<string, StatRecord>;
  } catch {
    // none yet, or damaged: start afresh
  }
  return Object.create(null) as Record<string, StatRecord>;
}

async function writeIndex(dir: string, index: Record<string, StatRecord>): Promise<void> {
  const kept = Object.entries(index)
    .sort((a, b) => b[1].hashedAt - a[1].hashedAt)
    .slice(0, MAX_RECORDS);
  await writeFileAtomic(join(dir, INDEX), JSON.stringify(Object.fromEntries(kept)), { mode: 0o600, dirMode: 0o700 }).catch(() => undefined);
}

export interface IndexedHash {
  sha256: string;
  /** The stat the hash stands for (compare after reading the file: unchanged while read). */
  stat: FileStat;
}

/** The sha256 of a file, from the index when its stat vouches for it, else hashed (and recorded). */
export async function indexedSha256(dir: string, path: string): Promise<IndexedHash> {
  const real = await realpath(path);
  const before = await fileStat(real);
  const index = await readIndex(dir);
  const rec = Object.prototype.hasOwnProperty.call(index, real) ? index[real] : undefined;
  if (rec && typeof rec.sha256 === 'string' && sameStat(before, rec) && trusted(before, rec.hashedAt)) return { sha256: rec.sha256, stat: before };
  const hashedAt = Date.now();
  const sha256 = await sha256OfFile(real);
  const after = await fileStat(real).catch(() => undefined);
  if (after && sameStat(before, after)) {
    index[real] = { dev: after.dev, ino: after.ino, size: after.size, mtimeNs: after.mtimeNs, ctimeNs: after.ctimeNs, sha256, hashedAt };
    await writeIndex(dir, index);
  }
  return { sha256, stat: before };
}

/** Whether the file still is what `h` hashed: same stat, and re-hashed when the stat is too recent to vouch. */
export async function unchangedSince(path: string, h: IndexedHash, startedAt: number): Promise<boolean> {
  const now = await fileStat(path).catch(() => undefined);
  if (!now || !sameStat(now, h.stat)) return false;
  if (trusted(now, startedAt)) return true;
  return (await sha256OfFile(path).catch(() => '')) === h.sha256;
}
