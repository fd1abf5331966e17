/**
 * Streams lines to a file atomically: they are encoded into a 1 MB buffer that is written out
 * whenever it fills, to a temporary file in the same directory, which is renamed over the target
 * only when everything was written. Memory use stays flat whatever the number of lines; a failure
 * leaves the previous file as it was.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BUFFER_BYTES = 1 << 20;

export interface WrittenFile {
  /** Lines written, the header included. */
  lines: number;
  bytes: number;
}

export async function writeLinesAtomic(path: string, lines: Iterable<string>): Promise<WrittenFile> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fh = await open(tmp, 'w');
  let count = 0;
  let bytes = 0;
  try {
    let buf = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    for (const line of lines) {
      // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
      const worst = line.length * 3 + 1;
      if (used + worst > buf.length) {
        await writeAll(fh, buf, used);
        bytes += used;
        used = 0;
        if (worst > buf.length) buf = Buffer.allocUnsafe(worst);
      }
      used += buf.write(line, used, 'utf8');
      buf[used++] = 0x0a;
      count++;
    }
    await writeAll(fh, buf, used);
    bytes += used;
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  await rename(tmp, path);
  return { lines: count, bytes };
}

async function writeAll(fh: FileHandle, buf: Buffer, length: number): Promise<void> {
  let offset = 0;
  while (offset < length) {
    const { bytesWritten } = await fh.write(buf, offset, length - offset);
    offset += bytesWritten;
  }
}
