/**
 * The render cache: what drawing produced, content-addressed by everything that decides its bytes,
 * so that a rebuild redraws only what changed. Two kinds of entries, in `<cache>/render/`:
 *
 * - a **job** (one bulletin in one language: its PDF, every chart file and its tables), keyed by
 *   the job's whole input (results, template, language, options) — an unchanged rebuild copies;
 * - a **chart** (SVG, PNG, Vega-Lite of one figure), keyed by the chart's input and language — a
 *   changed sentence re-lays the PDF but redraws no chart.
 *
 * Every key also holds the render fingerprint (render-fingerprint.ts: the tool's code, its pinned
 * dependencies and the fonts), so an entry made by other code is never found. An entry is one file
 * written atomically (store.ts: temporary file, then rename) holding a header and the files' bytes;
 * each file's sha256 is checked on reading, and an entry that does not check out is deleted and
 * counts as a miss. The directory is bounded (most recently used kept, `RENDER_BOUNDS`), pruned
 * once at the end of a build. Nothing here throws: a cache that cannot be read or written is off.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../messages/index.js';
import { pruneEntries, writeEntryFile, type Note, type StoreBounds } from './store.js';
import { sha256Hex } from '../fs/hash.js';
import { hashValue } from './value-hash.js';
import { readCheckedEntry } from './checked-entry.js';

const RENDER_BOUNDS: StoreBounds = { maxEntries: 20_000, maxBytes: 1024 * 1024 * 1024 };

export interface CachedFile {
  path: string;
  data: string | Uint8Array;
  meta: Record<string, unknown>;
}

export interface RenderCache {
  /** `<cache>/render`. */
  dir: string;
  /** The render fingerprint, part of every key. */
  fingerprint: string;
}

export function renderCacheDir(cacheDir: string): string {
  return join(cacheDir, 'render');
}

/** The key of a value (walked, not stringified whole: inputs can be large). */
export function renderKey(cache: RenderCache, kind: 'job' | 'chart', value: unknown): string {
  const h = createHash('sha256');
  h.update(`bulletin render ${kind}\n${cache.fingerprint}\n`);
  hashValue(h, value);
  return h.digest('hex');
}

interface Header {
  files: Array<{ path: string; text: boolean; size: number; sha256: string; meta: Record<string, unknown> }>;
}

const sha = sha256Hex;

/** The files of an entry, or undefined (a miss, including an entry that does not check out). */
export async function readRendered(cache: RenderCache, key: string, note: Note): Promise<CachedFile[] | undefined> {
  return readCheckedEntry(cache.dir, key, note, decode, (path) => msg.cache.renderDamaged(path));
}

/** Stores the files under the key (atomically; not pruned here: see `pruneRendered`). */
export async function writeRendered(cache: RenderCache, key: string, files: readonly CachedFile[], note: Note): Promise<void> {
  const blobs = files.map((f) => (typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data));
  const header: Header = {
    files: files.map((f, i) => ({ path: f.path, text: typeof f.data === 'string', size: blobs[i]!.byteLength, sha256: sha(blobs[i]!), meta: f.meta })),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.byteLength, 0);
  await writeEntryFile(cache.dir, key, [len, head, ...blobs], note, null);
}

/** Keeps the render cache within its bounds (the most recently used entries). */
export async function pruneRendered(cache: RenderCache, note: Note, bounds: StoreBounds = RENDER_BOUNDS): Promise<void> {
  await pruneEntries(cache.dir, '', bounds).catch((e: Error) => note(msg.cache.cannotPrune(cache.dir, e.message)));
}

function decode(bytes: Uint8Array): CachedFile[] | undefined {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.byteLength < 4) return undefined;
    const n = buf.readUInt32BE(0);
    if (4 + n > buf.byteLength) return undefined;
    const header = JSON.parse(buf.subarray(4, 4 + n).toString('utf8')) as Header;
    if (!Array.isArray(header.files)) return undefined;
    let at = 4 + n;
    const out: CachedFile[] = [];
    for (const f of header.files) {
      if (typeof f.path !== 'string' || !Number.isInteger(f.size) || f.size < 0 || at + f.size > buf.byteLength) return undefined;
      const blob = new Uint8Array(buf.subarray(at, at + f.size));
      at += f.size;
      if (sha(blob) !== f.sha256) return undefined;
      out.push({ path: f.path, data: f.text ? Buffer.from(blob).toString('utf8') : blob, meta: f.meta });
    }
    return at === buf.byteLength ? out : undefined;
  } catch {
    return undefined;
  }
}

const MARK = /^fp-[0-9a-f]{64}$/;

/**
 * Whether this cache already holds drawings of this code (a mark written by `markFingerprint`):
 * then a build expects hits and starts its render threads only when one misses.
 */
export function hasFingerprint(cache: RenderCache): boolean {
  return existsSync(join(cache.dir, `fp-${cache.fingerprint}`));
}

/** Marks the cache as holding drawings of this code (and drops the marks of other code). */
export function markFingerprint(cache: RenderCache): void {
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    for (const n of readdirSync(cache.dir)) if (MARK.test(n) && n !== `fp-${cache.fingerprint}`) unlinkSync(join(cache.dir, n));
    writeFileSync(join(cache.dir, `fp-${cache.fingerprint}`), '');
  } catch {
    // a cache that cannot be written is off; the next build starts its threads early again
  }
}
