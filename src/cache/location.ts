/**
 * Where the validated cache lives, decided once at the command-line edge from the command's
 * environment (never from process.env inside the library, so that in-process tests and library
 * callers cache nothing unless they name a directory):
 *
 *   $BULLETIN_CACHE_DIR, else $XDG_CACHE_HOME/bulletin, else $HOME/.cache/bulletin
 *   (%LOCALAPPDATA%\bulletin on Windows when none of these is set).
 *
 * `BULLETIN_NO_CACHE=1` (or `true`) turns the cache off, as `--no-cache` does. A directory inside
 * one of `notUnder` (the build's output directory) is refused: the cache is then off, since the
 * atomic swap of the output would delete it.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';

export function cacheDirFromEnv(env: Record<string, string | undefined>, opts: { notUnder?: string[]; cwd?: string } = {}): string | undefined {
  const off = env.BULLETIN_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0' && off.toLowerCase() !== 'false') return undefined;
  const set = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v : undefined);
  const base = opts.cwd ?? process.cwd();
  const explicit = set(env.BULLETIN_CACHE_DIR);
  const xdg = set(env.XDG_CACHE_HOME);
  const home = set(env.HOME) ?? set(env.USERPROFILE);
  const dir = explicit
    ? resolve(base, explicit)
    : xdg && isAbsolute(xdg)
      ? join(xdg, 'bulletin')
      : home
        ? join(home, '.cache', 'bulletin')
        : set(env.LOCALAPPDATA)
          ? join(env.LOCALAPPDATA as string, 'bulletin')
          : undefined;
  if (dir === undefined) return undefined;
  for (const out of opts.notUnder ?? []) if (isInside(dir, resolve(base, out))) return undefined;
  return dir;
}

function isInside(dir: string, parent: string): boolean {
  const r = relative(parent, dir);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}
