/**
 * Writes the build's files into the temporary output directory and records each one for the
 * manifest, with the sha256 of exactly the bytes written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256, type OutputEntry } from './manifest.js';

export class OutputWriter {
  readonly entries: OutputEntry[] = [];
  private readonly dirs = new Set<string>();
  constructor(private readonly root: string) {}

  async write(rel: string, data: string | Uint8Array, meta: Omit<OutputEntry, 'path' | 'sha256'>): Promise<void> {
    const abs = join(this.root, rel);
    const dir = dirname(abs);
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    await writeFile(abs, bytes);
    this.entries.push({ path: rel, ...meta, sha256: sha256(bytes) });
  }
}
