/**
 * The one way this tool writes a file: into a temporary file beside the target
 * (`<name>.<pid>.<random>.tmp`, created exclusively), then renamed over it, so that a reader sees
 * the old file or the new one, never a part. A failure — or SIGTERM/SIGINT (cleanup.ts) — removes
 * the temporary file and leaves the target as it was. The body is a string, bytes, or an iterable
 * of chunks (streamed through a 1 MiB buffer: memory stays flat whatever the size). Errors of the
 * file system are thrown as they are (callers turn them into exit 2 with env-error.ts, or ignore
 * them, as the cache does).
 */
import { randomBytes } from 'node:crypto';
import { constants, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { access, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { onSignalCleanup } from './cleanup.js';

const BUFFER_BYTES = 1 << 20;

export type Body = string | Uint8Array | Iterable<string | Uint8Array>;

export interface AtomicWriteOptions {
  /** File mode of the new file (default 0o666 minus the umask). */
  mode?: number;
  /** Mode of directories created on the way (default: the umask's). */
  dirMode?: number;
}

function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * `mkdir -p`, with the true cause when it fails: Node's recursive mkdir reports ENOENT on a
 * read-only file system; the nearest existing ancestor is asked why.
 */
async function makeDirs(dir: string, mode?: number): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, ...(mode !== undefined ? { mode } : {}) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let up = dirname(dir);
    while (dirname(up) !== up && !(await access(up).then(() => true, () => false))) up = dirname(up);
    await access(up, constants.W_OK); // throws EROFS, EACCES … when that is the cause
    throw e;
  }
}

/** Writes `body` to `path` atomically; returns the number of bytes written. */
export async function writeFileAtomic(path: string, body: Body, opts: AtomicWriteOptions = {}): Promise<number> {
  await makeDirs(dirname(path), opts.dirMode);
  const tmp = tempPathFor(path);
  const unregister = onSignalCleanup(() => rmSync(tmp, { force: true }));
  let fh: FileHandle | undefined;
  try {
    fh = await open(tmp, 'wx', opts.mode ?? 0o666);
    const bytes = await writeBody(fh, body);
    await fh.close();
    fh = undefined;
    await rename(tmp, path);
    return bytes;
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    unregister();
  }
}

/** The same, synchronously, for a small body. */
export function writeFileAtomicSync(path: string, body: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true, ...(opts.dirMode !== undefined ? { mode: opts.dirMode } : {}) });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, body, { flag: 'wx', mode: opts.mode ?? 0o666 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

async function writeBody(fh: FileHandle, body: Body): Promise<number> {
  if (typeof body === 'string') body = Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) {
    await writeAll(fh, body, body.length);
    return body.length;
  }
  let buf = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let total = 0;
  const flush = async () => {
    await writeAll(fh, buf, used);
    total += used;
    used = 0;
  };
  for (const chunk of body) {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const worst = typeof chunk === 'string' ? chunk.length * 3 : chunk.length;
    if (used + worst > buf.length) {
      await flush();
      if (worst > buf.length) buf = Buffer.allocUnsafe(worst);
    }
    if (typeof chunk === 'string') used += buf.write(chunk, used, 'utf8');
    else {
      buf.set(chunk, used);
      used += chunk.length;
    }
  }
  await flush();
  return total;
}

async function writeAll(fh: FileHandle, buf: Uint8Array, length: number): Promise<void> {
  let offset = 0;
  while (offset < length) {
    const { bytesWritten } = await fh.write(buf, offset, length - offset);
    offset += bytesWritten;
  }
}
