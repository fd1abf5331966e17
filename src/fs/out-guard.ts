/**
 * `--out` safe by construction. A build replaces its output directory whole (atomic-out.ts), so
 * before any work the directory is refused (exit 2, saying why and what to do) when it is:
 *
 * - empty (an unset variable), a file, `/`, the home directory, the working directory or one of
 *   its ancestors, a mount point, or the package itself or one of its ancestors;
 * - a directory holding (or inside) any input, configuration, mapping, rates or content file;
 * - a non-empty directory that is not a previous build's output: one whose `manifest.json` was
 *   written by this tool and lists every file the directory holds (a file added by hand since —
 *   `precious.txt` — makes it foreign: nothing is ever deleted that the tool did not write).
 *
 * Its parent must be writable (or creatable) — checked here, before the build, not after it.
 */
import { constants, type Stats } from 'node:fs';
import { access, lstat, readFile, readdir, stat, statfs } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { TOOL_NAME } from '../version.js';
import { envError, errnoOf } from './env-error.js';
import { isInside, realish } from './paths.js';

export interface OutGuard {
  /** `--out` as given (before resolving). */
  given: string;
  /** Absolute path. */
  out: string;
  cwd: string;
  home: string | undefined;
  /** The package (tool) root. */
  packageRoot: string;
  /** Inputs, configuration, mapping, rates, content: never inside the output, never holding it. */
  protect: readonly string[];
}

/** Files listed in a previous output's manifest.json written by this tool; undefined when it is not one. */
async function previousOutput(dir: string): Promise<Set<string> | undefined> {
  try {
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { tool?: { name?: unknown }; outputs?: unknown };
    if (m.tool?.name !== TOOL_NAME || !Array.isArray(m.outputs)) return undefined;
    const files = new Set<string>(['manifest.json']);
    for (const o of m.outputs as Array<{ path?: unknown }>) if (typeof o?.path === 'string') files.add(o.path);
    return files;
  } catch {
    return undefined;
  }
}

/** The first file under `dir` (relative, `/`-separated) that `known` does not list; undefined when none. */
async function firstForeign(dir: string, known: ReadonlySet<string>, rel = ''): Promise<string | undefined> {
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      const inner = await firstForeign(dir, known, r);
      if (inner !== undefined) return inner;
    } else if (!known.has(r)) return r;
  }
  return undefined;
}

/** Whether the atomic swap may replace `dir`: it does not exist, is empty, or is a previous output and nothing else. */
export async function replaceable(dir: string): Promise<{ ok: true } | { ok: false; example: string }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return { ok: true };
    throw e;
  }
  if (names.length === 0) return { ok: true };
  const known = await previousOutput(dir);
  if (!known) return { ok: false, example: names.sort()[0]! };
  const foreign = await firstForeign(dir, known);
  return foreign === undefined ? { ok: true } : { ok: false, example: foreign };
}

/** The file's stats, or undefined when it does not exist; any other failure is exit 2 with its cause. */
export async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw envError('inspect', p, e);
  }
}

export async function checkOutDir(g: OutGuard): Promise<void> {
  if (g.given.trim() === '') throw new UsageError('out.empty', msg.fs.outEmpty());
  const shown = g.given;
  const real = realish(g.out);
  const refuse = (what: string) => {
    throw new UsageError('out.refused', msg.fs.outRoot(shown, what), { path: g.out });
  };
  if (dirname(real) === real) refuse('the root of the file system');
  if (g.home !== undefined && g.home !== '' && real === realish(g.home)) refuse('your home directory');
  if (isInside(realish(g.cwd), real)) refuse(real === realish(g.cwd) ? 'the current directory' : 'a directory holding the current directory');
  if (isInside(realish(g.packageRoot), real)) refuse('the bulletin package itself (or holds it)');
  for (const p of g.protect) {
    const rp = realish(p);
    if (isInside(rp, real)) throw new UsageError('out.refused', msg.fs.outHoldsInput(shown, p), { path: g.out });
    if (isInside(real, rp)) throw new UsageError('out.refused', msg.fs.outInsideInput(shown, p), { path: g.out });
  }
  const s = await statOrUndefined(real);
  if (s && !s.isDirectory()) throw new UsageError('out.refused', msg.fs.outIsFile(shown), { path: g.out });
  if (s) {
    const parent = await statOrUndefined(dirname(real));
    if (parent && parent.dev !== s.dev) refuse('a mount point');
    if ((await lstat(g.out).catch(() => undefined))?.isSymbolicLink()) refuse('a symbolic link');
    let r;
    try {
      r = await replaceable(real);
    } catch (e) {
      throw envError('read', shown, e);
    }
    if (!r.ok) throw new UsageError('out.refused', msg.fs.outForeign(shown, r.example.split('/').join(sep)), { path: g.out });
  }
  await checkParent(shown, dirname(real));
}

/** The nearest existing ancestor of the output must be a writable directory (checked now, not after the build). */
async function checkParent(shown: string, parent: string): Promise<void> {
  let dir = parent;
  for (;;) {
    const s = await statOrUndefined(dir);
    if (s) {
      if (!s.isDirectory()) throw new UsageError('out.refused', msg.fs.outParent(shown, dir, msg.fs.cause('ENOTDIR', 'not a directory')), { path: dir });
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new UsageError(`out.${(errnoOf(e) ?? 'unwritable').toLowerCase()}`, msg.fs.outParent(shown, dir, msg.fs.cause(errnoOf(e), (e as Error).message)), {
      path: dir,
      ...(errnoOf(e) ? { errno: errnoOf(e) } : {}),
    });
  }
  // Free space, where the file system says: less than 1 MiB free cannot hold a build.
  const fs = await statfs(dir).catch(() => undefined);
  if (fs && fs.bavail * fs.bsize < MIN_FREE_BYTES) {
    throw new UsageError('out.enospc', msg.fs.outParent(shown, dir, `${msg.fs.cause('ENOSPC', 'no space left')}: ${fs.bavail * fs.bsize} bytes free`), {
      path: dir,
      errno: 'ENOSPC',
    });
  }
}

const MIN_FREE_BYTES = 1 << 20;
