/**
 * The validated cache for a query's projected load (query/projected-load.ts): one entry per input
 * and set of columns read. The key is key.ts's (input bytes — through the stat index,
 * stat-index.ts —, paths, mapping, kind asked, encoding, tool version, code fingerprint) plus the
 * column names the query reads, sorted. The entry (entry.ts framing) holds as JSON the kind, the
 * multi questions, the table's column names, the rows left out, and each kept column's type and
 * dictionary; the body holds the columns' typed arrays (text: uint8/16/32 dictionary indices,
 * 0 = null; numbers: float64, NaN = null), each starting on a multiple of 8 bytes.
 *
 * The entry's sha256 (entry.ts) vouches for the indices: they are not checked row by row.
 *
 * Nothing here throws for the cache's sake: any problem is a miss (or no write), with a note.
 */
import { LightTable } from '../query/light-table.js';
import type { ProjectedLoad } from '../query/projected-load.js';
import type { TypedColumn } from '../query/typed-column.js';
import type { InstrumentKind } from '../schema/types.js';
import { msg } from '../messages/index.js';
import { codeFingerprintIn } from './fingerprint.js';
import { cacheKey } from './key.js';
import { indexedSha256, unchangedSince, type IndexedHash } from './stat-index.js';
import { parseEntry, serializeEntry } from './entry.js';
import { DEFAULT_BOUNDS, readEntryFile, touchEntry, writeEntryFile } from './store.js';
import type { CacheOptions } from './load-cached.js';

interface StoredColumn {
  name: string;
  kind: 'null' | 'text' | 'num';
  dict?: string[];
  /** Bytes per value. */
  width?: 1 | 2 | 4 | 8;
  offset?: number;
}

interface ProjectedMeta {
  kind: InstrumentKind;
  multi: Record<string, string[]>;
  names: string[];
  visible: string[];
  rejected: number;
  rows: number;
  columns: StoredColumn[];
}

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

const note = (slot: ProjectedSlot) => slot.opts.note ?? (() => undefined);

export async function readProjected(slot: ProjectedSlot): Promise<ProjectedLoad | undefined> {
  const bytes = await readEntryFile(slot.dir, slot.key, note(slot));
  if (bytes === undefined) return undefined;
  const entry = parseEntry<ProjectedMeta>(bytes, slot.key);
  if (entry === undefined) {
    note(slot)(msg.cache.damaged(slot.key));
    return undefined;
  }
  try {
    const m = entry.meta;
    const body = entry.body;
    const columns = new Map<string, TypedColumn>();
    for (const c of m.columns) columns.set(c.name, decodeColumn(c, m.rows, body));
    const load: ProjectedLoad = { kind: m.kind, table: new LightTable(m.rows, m.names, columns), multi: m.multi, visible: m.visible, rejected: m.rejected };
    await touchEntry(slot.dir, slot.key);
    note(slot)(msg.cache.hit(slot.key));
    return load;
  } catch (e) {
    note(slot)(msg.cache.undecodable(slot.key, (e as Error).message));
    return undefined;
  }
}

function decodeColumn(c: StoredColumn, rows: number, body: Uint8Array): TypedColumn {
  if (c.kind === 'null') return { kind: 'null', length: rows };
  const offset = c.offset ?? -1;
  const width = c.width ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset % 8 !== 0 || offset + rows * width > body.length) throw new Error(`column ${c.name} out of bounds`);
  const at = body.byteOffset + offset;
  if (c.kind === 'num') {
    if (width !== 8) throw new Error(`column ${c.name}: bad width`);
    return { kind: 'num', length: rows, values: new Float64Array(body.buffer, at, rows) };
  }
  const dict = c.dict;
  if (!Array.isArray(dict) || dict.length === 0) throw new Error(`column ${c.name}: no dictionary`);
  const ids = width === 1 ? new Uint8Array(body.buffer, at, rows) : width === 2 ? new Uint16Array(body.buffer, at, rows) : width === 4 ? new Uint32Array(body.buffer, at, rows) : undefined;
  if (!ids) throw new Error(`column ${c.name}: bad width`);
  return { kind: 'text', length: rows, ids, dict };
}

/** Stores the load (unless the input changed while read, or a column cannot be kept exactly). */
export async function writeProjected(slot: ProjectedSlot, load: ProjectedLoad): Promise<void> {
  if (!(await unchangedSince(slot.file, slot.input, slot.startedAt))) {
    note(slot)(msg.cache.changedWhileRead());
    return;
  }
  const columns: StoredColumn[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const [name, c] of load.table.columns) {
    if (c.kind === 'mixed') {
      note(slot)(msg.cache.notExact());
      return;
    }
    if (c.kind === 'null') {
      columns.push({ name, kind: 'null' });
      continue;
    }
    const data = c.kind === 'num' ? c.values : c.ids;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    columns.push({ name, kind: c.kind, width: data.BYTES_PER_ELEMENT as 1 | 2 | 4 | 8, offset, ...(c.kind === 'text' ? { dict: c.dict } : {}) });
    parts.push(bytes);
    offset += bytes.length;
    const pad = (8 - (offset % 8)) % 8;
    if (pad > 0) {
      parts.push(new Uint8Array(pad));
      offset += pad;
    }
  }
  const body = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    body.set(p, at);
    at += p.length;
  }
  const meta: ProjectedMeta = { kind: load.kind, multi: load.multi, names: [...load.table.names], visible: load.visible, rejected: load.rejected, rows: load.table.rows, columns };
  await writeEntryFile(slot.dir, slot.key, serializeEntry(slot.key, meta, body), note(slot), slot.opts.bounds ?? DEFAULT_BOUNDS);
}
