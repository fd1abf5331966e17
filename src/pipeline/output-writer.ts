/**
 * Writes the build's files into the temporary output directory and records each one for the
 * manifest, with the sha256 of exactly the bytes written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256, type OutputEntry } from './manifest.js';

export class OutputWriter {
  readonly entries: OutputEntry[] = [];
  /** Directories made or being made (writers of different jobs run concurrently). */
  private readonly dirs = new Map<string, Promise<unknown>>();
  constructor(private readonly root: string) {}

  /** Writes a file and records it. */
  async write(rel: string, data: string | Uint8Array, meta: Omit<OutputEntry, 'path' | 'sha256'>): Promise<void> {
    this.entries.push(await this.writeOnly(rel, data, meta));
  }

  /**
   * Writes files one after the other and returns their entries without recording them, so that
   * files arriving in any order can be recorded in a fixed order (`record`).
   */
  async writeAll(files: ReadonlyArray<{ path: string; data: string | Uint8Array; meta: Omit<OutputEntry, 'path' | 'sha256'> }>): Promise<OutputEntry[]> {
    const out: OutputEntry[] = [];
    for (const f of files) out.push(await this.writeOnly(f.path, f.data, f.meta));
    return out;
  }

  /** Records entries written by `writeAll`. */
  record(entries: readonly OutputEntry[]): void {
    this.entries.push(...entries);
  }

  private async writeOnly(rel: string, data: string | Uint8Array, meta: Omit<OutputEntry, 'path' | 'sha256'>): Promise<OutputEntry> {
    const abs = join(this.root, rel);
    const dir = dirname(abs);
    let made = this.dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.dirs.set(dir, made);
    }
    await made;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    await writeFile(abs, bytes);
    return { path: rel, ...meta, sha256: sha256(bytes) };
  }
}
