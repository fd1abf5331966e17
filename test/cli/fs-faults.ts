/**
 * A file-system fault under one directory, in this process: where no small tmpfs can be mounted (a
 * bare machine, not root), the full-disk and read-only tests run against this instead of skipping.
 * Node's own `fs` and `fs/promises` functions are wrapped and the ES module bindings re-synced
 * (`syncBuiltinESMExports`), so the code under test is not touched: a file created below `dir`
 * fails with `ENOSPC` (no space for it), or every write below `dir` fails with `EROFS`.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

type Fault = 'ENOSPC' | 'EROFS';
type AnyFn = (...args: unknown[]) => unknown;

function fault(code: Fault, syscall: string, path: string): NodeJS.ErrnoException {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'read-only file system';
  return Object.assign(new Error(`${code}: ${text}, ${syscall} '${path}'`), { code, errno: code === 'ENOSPC' ? -28 : -30, syscall, path });
}

export async function withFsFaults<T>(dir: string, code: Fault, run: () => Promise<T>): Promise<T> {
  const root = resolve(dir);
  const below = (p: unknown) => (typeof p === 'string' || p instanceof URL) && (resolve(String(p instanceof URL ? p.pathname : p)) + sep).startsWith(root + sep);
  const writes = (flags: unknown) => typeof flags === 'string' && /[wa+]/.test(flags);
  // which calls fail: creating a file (both faults); making a directory or asking for write access (read-only only)
  const fails = (name: string, args: unknown[]): boolean => {
    if (!below(args[0])) return false;
    if (name === 'open' || name === 'openSync') return writes(args[1]);
    if (name === 'writeFile' || name === 'writeFileSync' || name === 'appendFile' || name === 'appendFileSync' || name === 'copyFile' || name === 'copyFileSync') return true;
    if (code === 'EROFS' && (name === 'mkdir' || name === 'mkdirSync')) return true;
    if (code === 'EROFS' && (name === 'access' || name === 'accessSync')) return typeof args[1] === 'number' && (args[1] & fs.constants.W_OK) !== 0;
    return false;
  };
  const saved: Array<[Record<string, unknown>, string, unknown]> = [];
  const wrap = (mod: Record<string, unknown>, name: string, kind: 'promise' | 'sync' | 'callback') => {
    const original = mod[name] as AnyFn;
    saved.push([mod, name, original]);
    mod[name] = (...args: unknown[]) => {
      if (!fails(name, args)) return original(...args);
      const e = fault(code, name.replace(/Sync$/, ''), String(args[0]));
      if (kind === 'promise') return Promise.reject(e);
      if (kind === 'sync') throw e;
      const cb = args[args.length - 1] as (err: Error) => void;
      process.nextTick(() => cb(e));
      return undefined;
    };
  };
  const f = fs as unknown as Record<string, unknown>;
  const p = fsp as unknown as Record<string, unknown>;
  for (const n of ['open', 'writeFile', 'appendFile', 'copyFile', 'mkdir', 'access']) wrap(p, n, 'promise');
  for (const n of ['openSync', 'writeFileSync', 'appendFileSync', 'copyFileSync', 'mkdirSync', 'accessSync']) wrap(f, n, 'sync');
  for (const n of ['open', 'writeFile', 'appendFile', 'copyFile', 'mkdir', 'access']) wrap(f, n, 'callback');
  const promisesOfFs = f.promises as Record<string, unknown>;
  if (promisesOfFs !== p) for (const n of ['open', 'writeFile', 'appendFile', 'copyFile', 'mkdir', 'access']) wrap(promisesOfFs, n, 'promise');
  syncBuiltinESMExports();
  try {
    return await run();
  } finally {
    for (const [mod, name, original] of saved.reverse()) mod[name] = original;
    syncBuiltinESMExports();
  }
}
