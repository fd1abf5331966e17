/**
 * All-or-nothing output directory. Everything is written into a fresh directory beside `--out`
 * (`.out.tmp-<pid>-<n>`); only when the whole build succeeded is it swapped into place:
 *
 *   out/ ──rename──▶ .out.old-<pid>-<n>      (previous outputs kept until the swap is done)
 *   .out.tmp-…/ ──rename──▶ out/
 *   .out.old-… removed
 *
 * The swap only ever replaces a previous output (fs/out-guard.ts: a directory whose manifest.json
 * this tool wrote and which holds nothing else), checked again just before it: a directory that
 * became something else during the build is left alone (exit 2). A failure (or a kill) before
 * the swap leaves `out/` exactly as it was; a failure removes the temporary directory, SIGTERM,
 * SIGINT and SIGHUP remove it too (fs/cleanup.ts, run by bin/), and leftovers of killed builds
 * (their pid no longer alive) are removed by the next build (which also puts back a previous
 * `out/` caught between the two renames). Renames within one parent directory are atomic on POSIX
 * file systems.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { onSignalCleanup } from '../fs/cleanup.js';
import { replaceable } from '../fs/out-guard.js';

let counter = 0;

export interface AtomicOutOptions {
  /** Test hook: called after the work, before the swap (throw to simulate a failure there). */
  beforeSwap?: () => void | Promise<void>;
}

export async function withAtomicOut<T>(outDir: string, work: (tmpDir: string) => Promise<T>, opts: AtomicOutOptions = {}): Promise<T> {
  const parent = dirname(outDir);
  const base = basename(outDir);
  await mkdir(parent, { recursive: true });
  await removeStale(parent, base, outDir);
  const tag = `${process.pid}-${counter++}`;
  const tmp = join(parent, `.${base}.tmp-${tag}`);
  const old = join(parent, `.${base}.old-${tag}`);
  let moved = false;
  const unregister = onSignalCleanup(() => {
    rmSync(tmp, { recursive: true, force: true });
    if (moved && !existsSync(outDir)) renameSync(old, outDir);
  });
  try {
    await mkdir(tmp, { recursive: true });
    let result: T;
    try {
      result = await work(tmp);
      await opts.beforeSwap?.();
      const r = await replaceable(outDir);
      if (!r.ok) throw new UsageError('out.refused', msg.fs.outForeign(outDir, r.example), { path: outDir });
    } catch (e) {
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    try {
      await rename(outDir, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        await rm(tmp, { recursive: true, force: true });
        throw e;
      }
    }
    try {
      await rename(tmp, outDir);
    } catch (e) {
      if (moved) await rename(old, outDir);
      moved = false;
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    if (moved) await rm(old, { recursive: true, force: true });
    moved = false;
    return result;
  } finally {
    unregister();
  }
}

/** Removes `.out.tmp-<pid>-*` / `.out.old-<pid>-*` left by builds whose process is gone. */
async function removeStale(parent: string, base: string, outDir: string): Promise<void> {
  const re = new RegExp(`^\\.${escape(base)}\\.(tmp|old)-(\\d+)-\\d+$`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || alive(pid)) continue;
    // A build killed between its two renames: put the previous outputs back.
    if (m[1] === 'old' && !(await exists(outDir))) await rename(join(parent, name), outDir);
    else await rm(join(parent, name), { recursive: true, force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
