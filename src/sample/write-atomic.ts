/**
 * Streams lines to a file atomically: they are written in ~1 MB chunks to a temporary file in the
 * same directory, which is renamed over the target only when everything was written. Memory use
 * stays flat whatever the number of lines; a failure leaves the previous file as it was.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const CHUNK_CHARS = 1 << 20;

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
    let pending: string[] = [];
    let size = 0;
    for (const line of lines) {
      pending.push(line);
      size += line.length + 1;
      count++;
      if (size >= CHUNK_CHARS) {
        bytes += await writeChunk(fh, `${pending.join('\n')}\n`);
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) bytes += await writeChunk(fh, `${pending.join('\n')}\n`);
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  await rename(tmp, path);
  return { lines: count, bytes };
}

async function writeChunk(fh: Awaited<ReturnType<typeof open>>, chunk: string): Promise<number> {
  const buf = Buffer.from(chunk, 'utf8');
  let offset = 0;
  while (offset < buf.length) {
    const { bytesWritten } = await fh.write(buf, offset, buf.length - offset);
    offset += bytesWritten;
  }
  return buf.length;
}
