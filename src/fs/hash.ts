/**
 * The one file hasher (sha256, hex). `sha256OfFile` streams a regular file in 1 MiB chunks and
 * refuses anything else (a pipe or a device would be consumed, or never end); inputs that are
 * parsed are hashed as they are read instead (snapshot.ts), so that the hash recorded is that of
 * the bytes parsed.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
  }
}

export async function sha256OfFile(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    if (!(await fh.stat()).isFile()) throw new NotRegularFileError(path);
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      h.update(buf.subarray(0, bytesRead));
    }
    return h.digest('hex');
  } finally {
    await fh.close();
  }
}
