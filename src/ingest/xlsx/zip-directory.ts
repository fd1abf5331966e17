/**
 * The central directory of a ZIP file (an .xlsx is one): the names of its entries, read from the
 * end of the file without reading the rest, and one small entry (workbook.xml, its rels) inflated
 * on its own. Enough to refuse a macro-enabled or broken workbook before streaming it, and to know
 * the names of its sheets. ZIP64 archives (over 4 GB or 65 535 entries) are not listed: null.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65 535 bytes. */
const TAIL = 22 + 0xffff;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The entries of the archive; null when there is no readable central directory (truncated, not a ZIP, ZIP64). */
export async function listZip(fh: FileHandle, size: number): Promise<ZipEntry[] | null> {
  const start = Math.max(0, size - TAIL);
  const tail = await readAt(fh, start, size - start);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > size) return null;
  const dir = await readAt(fh, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return null;
    const nameLen = dir.readUInt16LE(p + 28);
    const extraLen = dir.readUInt16LE(p + 30);
    const commentLen = dir.readUInt16LE(p + 32);
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLen),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      offset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of one (small) entry; null when it cannot be read (bad header, unknown method, bad data). */
export async function readZipEntry(fh: FileHandle, entry: ZipEntry): Promise<Uint8Array | null> {
  const head = await readAt(fh, entry.offset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== LOCAL) return null;
  const dataAt = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  const data = await readAt(fh, dataAt, entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch {
    return null;
  }
  return null;
}

export async function withFile<T>(path: string, f: (fh: FileHandle) => Promise<T>): Promise<T> {
  const fh = await open(path, 'r');
  try {
    return await f(fh);
  } finally {
    await fh.close();
  }
}
