/**
 * One cache entry is one file, `<key>.bcache`:
 *
 *   bytes 0–15   magic `bulletin-cache` + NUL + format byte (CACHE_FORMAT)
 *   bytes 16–19  n, the length of the JSON header (uint32, little-endian)
 *   bytes 20–51  sha256 of everything after byte 51 (JSON header and body)
 *   next n bytes JSON header, padded with spaces so that the body starts at a multiple of 8:
 *                { key, bodyLength, meta } — `meta` is the sidecar of the load (row and column
 *                counts, kind, multi, sources, weighted, issues, counts, truncated …)
 *   the rest     body: the Dataset table as an Arrow IPC stream (arrow.ts)
 *
 * parseEntry checks the magic, the format, the lengths, the sha256 and the key, and returns
 * undefined on any mismatch: a truncated, corrupt or foreign file is never used.
 * (To read the table with another Arrow tool, skip the first 52 + n bytes.)
 */
import { createHash } from 'node:crypto';
import { CACHE_FORMAT } from './fingerprint.js';

const MAGIC = Buffer.from('bulletin-cache\u0000', 'latin1');
const AT_FORMAT = MAGIC.length;
const AT_LENGTH = AT_FORMAT + 1;
const AT_HASH = AT_LENGTH + 4;
const PREFIX = AT_HASH + 32;

interface EntryHeader<M> {
  key: string;
  bodyLength: number;
  meta: M;
}

export function serializeEntry<M>(key: string, meta: M, body: Uint8Array): Buffer[] {
  const header: EntryHeader<M> = { key, bodyLength: body.length, meta };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (8 - ((PREFIX + json.length) % 8)) % 8;
  if (pad > 0) json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const bodyBuf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt8(CACHE_FORMAT, AT_FORMAT);
  prefix.writeUInt32LE(json.length, AT_LENGTH);
  createHash('sha256').update(json).update(bodyBuf).digest().copy(prefix, AT_HASH);
  return [prefix, json, bodyBuf];
}

export function parseEntry<M>(file: Uint8Array, key: string): { meta: M; body: Uint8Array } | undefined {
  if (file.length < PREFIX) return undefined;
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!buf.subarray(0, MAGIC.length).equals(MAGIC) || buf.readUInt8(AT_FORMAT) !== CACHE_FORMAT) return undefined;
  const n = buf.readUInt32LE(AT_LENGTH);
  if (n > buf.length - PREFIX || (PREFIX + n) % 8 !== 0) return undefined;
  if (!createHash('sha256').update(buf.subarray(PREFIX)).digest().equals(buf.subarray(AT_HASH, PREFIX))) return undefined;
  let header: EntryHeader<M>;
  try {
    header = JSON.parse(buf.subarray(PREFIX, PREFIX + n).toString('utf8')) as EntryHeader<M>;
  } catch {
    return undefined;
  }
  const start = PREFIX + n;
  if (header === null || typeof header !== 'object' || header.key !== key || header.bodyLength !== buf.length - start) return undefined;
  // Arrow typed views need 8-byte alignment of the body in its ArrayBuffer.
  const body = (buf.byteOffset + start) % 8 === 0 ? file.subarray(start) : new Uint8Array(file.subarray(start));
  return { meta: header.meta, body };
}
