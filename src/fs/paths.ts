/** Path relations, on real paths where the file exists (symbolic links resolved). */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, basename, relative, resolve } from 'node:path';

/** The real path of `p`, or of its nearest existing ancestor with the rest appended. */
export function realish(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realish(parent), basename(abs));
  }
}

/** `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}
