/**
 * An input read once, as one consistent snapshot. The file is opened once and read front to back
 * through that one handle (a pipe or a device works: it is never opened twice, never stat-ed for a
 * size, never hashed apart from this read). For a regular file, its identity (device, inode),
 * size and modification time are taken when it is opened and compared at the end of the read —
 * through the handle and through the path (a file replaced by a rename) — and the bytes read must
 * be as many as its size: any difference is exit 2, "input changed while reading", never a partial
 * answer. The sha256 is that of exactly the bytes read (and parsed).
 */
import { createHash, type Hash } from 'node:crypto';
import { stat, open } from 'node:fs/promises';
import { fstat, read, type BigIntStats } from 'node:fs';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { envError } from './env-error.js';

/** `-` is standard input. */
export function inputPath(path: string): string {
  return path === '-' ? '/dev/stdin' : path;
}

/** Names that are standard input whatever they point to (never cached, never re-opened). */
export function isStdin(path: string): boolean {
  return path === '-' || path === '/dev/stdin' || /^\/(dev|proc\/self)\/fd\/\d+$/.test(path);
}

/** What is read: a file handle, or standard input's descriptor 0 (a pipe or a socket cannot be opened again by name). */
interface Handle {
  read(buf: Buffer): Promise<number>;
  stat(): Promise<BigIntStats>;
  close(): Promise<void>;
}

async function openHandle(path: string): Promise<Handle> {
  if (path === '-' || path === '/dev/stdin') {
    const readOnce = (buf: Buffer) =>
      new Promise<number>((resolve, reject) => read(0, buf, 0, buf.length, null, (e, n) => (e ? reject(e) : resolve(n))));
    return {
      read: async (buf) => {
        for (;;) {
          try {
            return await readOnce(buf);
          } catch (e) {
            // a non-blocking descriptor with nothing yet: wait a little and read again
            if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
            await new Promise((r) => setTimeout(r, 5));
          }
        }
      },
      stat: () => new Promise((resolve, reject) => fstat(0, { bigint: true }, (e, s) => (e ? reject(e) : resolve(s)))),
      close: async () => undefined,
    };
  }
  const fh = await open(path, 'r');
  return {
    read: async (buf) => (await fh.read(buf, 0, buf.length, null)).bytesRead,
    stat: () => fh.stat({ bigint: true }),
    close: () => fh.close(),
  };
}

/** Test hooks: called after each chunk read (a test rewrites the file there, deterministically). */
export const snapshotHooks: { afterChunk?: (path: string, index: number) => void | Promise<void> } = {};

/** Chunk size: 1 MiB, a 40 MB export in 40 reads, not 600. */
const CHUNK_BYTES = 1024 * 1024;

export interface SnapshotOptions {
  /** Hash the bytes as they are read (default true). */
  hash?: boolean;
}

export class InputSnapshot {
  private readonly hash: Hash | undefined;
  private bytes = 0;
  private done = false;
  private closed = false;
  private digest: string | undefined;

  private constructor(
    readonly path: string,
    private readonly fh: Handle,
    private readonly before: BigIntStats,
    hash: boolean,
  ) {
    this.hash = hash ? createHash('sha256') : undefined;
  }

  /** Opens `path` (`-` = standard input); a missing or unreadable file is exit 2 with its cause. */
  static async open(path: string, opts: SnapshotOptions = {}): Promise<InputSnapshot> {
    let fh: Handle;
    try {
      fh = await openHandle(path);
    } catch (e) {
      throw envError('read', path, e);
    }
    try {
      const before = await fh.stat();
      if (before.isDirectory()) throw new UsageError('file.unreadable', `cannot read ${path}: it is a directory, not a CSV file`, { path });
      return new InputSnapshot(path, fh, before, opts.hash !== false);
    } catch (e) {
      await fh.close().catch(() => undefined);
      throw envError('read', path, e);
    }
  }

  /** A regular file (hashable again, cacheable), not a pipe, socket or device. */
  get regular(): boolean {
    return this.before.isFile() && !isStdin(this.path);
  }

  /** Device and inode (`dev:ino`): the same file under two names has the same identity. */
  get identity(): string {
    return `${this.before.dev}:${this.before.ino}`;
  }

  /** Size when opened (regular files; 0 for pipes and devices). */
  get size(): number {
    return Number(this.before.size);
  }

  get bytesRead(): number {
    return this.bytes;
  }

  /** The bytes, chunk by chunk, once; at the end the snapshot is verified and the file closed. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    let index = 0;
    try {
      for (;;) {
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        let n: number;
        try {
          n = await this.fh.read(buf);
        } catch (e) {
          throw envError('read', this.path, e);
        }
        if (n === 0) break;
        const chunk = buf.subarray(0, n);
        this.bytes += n;
        this.hash?.update(chunk);
        yield chunk;
        await snapshotHooks.afterChunk?.(this.path, index++);
      }
      this.done = true;
      await this.verify();
    } finally {
      await this.close();
    }
  }

  /** sha256 of every byte read; only once the whole file was read. */
  sha256(): string {
    if (!this.done || !this.hash) throw new Error(`sha256 of ${this.path} asked before it was read whole`);
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  /**
   * Throws "input changed while reading" (exit 2) when the file is no longer what was opened:
   * another size, modification time or inode (through the handle and through the path), or, once
   * read whole, another number of bytes than its size. Pipes and devices have nothing to compare.
   */
  async verify(): Promise<void> {
    if (!this.before.isFile()) return;
    const b = this.before;
    const changed = (s: BigIntStats | undefined, how: string): string | undefined => {
      if (!s) return `${how}: it is gone`;
      if (s.ino !== b.ino || s.dev !== b.dev) return `${how}: it was replaced by another file`;
      if (s.size !== b.size) return `${how}: its size went from ${b.size} to ${s.size} bytes`;
      if (s.mtimeNs !== b.mtimeNs) return `${how}: it was modified`;
      return undefined;
    };
    const viaHandle = this.closed ? undefined : await this.fh.stat().catch(() => undefined);
    const why =
      (this.closed ? undefined : changed(viaHandle, 'while open')) ??
      (isStdin(this.path) ? undefined : changed(await stat(inputPath(this.path), { bigint: true }).catch(() => undefined), 'at its path')) ??
      (this.done && BigInt(this.bytes) !== b.size ? `${this.bytes} bytes read of ${b.size}` : undefined);
    if (why !== undefined) throw new UsageError('input.changed', msg.fs.inputChanged(this.path, why), { path: this.path });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.fh.close().catch(() => undefined);
  }
}
