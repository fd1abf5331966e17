/**
 * Look up, else compute and store: the one path every cached load takes. An entry is used only
 * when its file parses (entry.ts: magic, format, key, lengths, body sha256) and its table decodes
 * to the row and column counts recorded with it; anything else is a miss, recomputed and
 * overwritten. Never throws for the cache's sake: errors of `compute` are the load's own.
 */
import type { ColumnTable } from '../model/arquero.js';
import { msg } from '../messages/index.js';
import { decodeTable, encodeTable } from './arrow.js';
import { parseEntry, serializeEntry } from './entry.js';
import { DEFAULT_BOUNDS, readEntryFile, touchEntry, writeEntryFile, type Note, type StoreBounds } from './store.js';

export interface CacheSlot {
  dir: string;
  key: string;
  note: Note;
  bounds?: StoreBounds;
}

export interface Codec<R, M> {
  split(result: R): { table: ColumnTable; meta: M };
  join(table: ColumnTable, meta: M): R;
}

interface Stored<M> {
  rows: number;
  columns: string[];
  meta: M;
}

export async function throughCache<R, M>(slot: CacheSlot, codec: Codec<R, M>, compute: () => Promise<R>, storable: (r: R) => boolean | Promise<boolean> = () => true): Promise<R> {
  const hit = await lookup(slot, codec);
  if (hit !== undefined) return hit;
  const result = await compute();
  await store(slot, codec, result, storable);
  return result;
}

/** Stores `result` in the slot's entry, unless `storable` says no (the input changed while read) or a column cannot be kept exactly. */
export async function store<R, M>(slot: CacheSlot, codec: Codec<R, M>, result: R, storable: (r: R) => boolean | Promise<boolean> = () => true): Promise<void> {
  if (!(await storable(result))) {
    slot.note(msg.cache.changedWhileRead());
    return;
  }
  const { table, meta } = codec.split(result);
  const body = encodeTable(table);
  if (body === undefined) {
    slot.note(msg.cache.notExact());
    return;
  }
  const stored: Stored<M> = { rows: table.numRows(), columns: table.columnNames(), meta };
  await writeEntryFile(slot.dir, slot.key, serializeEntry(slot.key, stored, body), slot.note, slot.bounds ?? DEFAULT_BOUNDS);
}

/** The slot's entry decoded, or undefined (absent, damaged or undecodable: a miss, with a note). */
export async function lookup<R, M>(slot: CacheSlot, codec: Codec<R, M>): Promise<R | undefined> {
  const bytes = await readEntryFile(slot.dir, slot.key, slot.note);
  if (bytes === undefined) return undefined;
  const entry = parseEntry<Stored<M>>(bytes, slot.key);
  if (entry === undefined) {
    slot.note(msg.cache.damaged(slot.key));
    return undefined;
  }
  try {
    const table = decodeTable(entry.body);
    const { rows, columns, meta } = entry.meta;
    const names = table.columnNames();
    if (table.numRows() !== rows || names.length !== columns.length || names.some((n, i) => n !== columns[i])) throw new Error('shape differs');
    const result = codec.join(table, meta);
    await touchEntry(slot.dir, slot.key);
    slot.note(msg.cache.hit(slot.key));
    return result;
  } catch (e) {
    slot.note(msg.cache.undecodable(slot.key, (e as Error).message));
    return undefined;
  }
}
