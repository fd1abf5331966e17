/**
 * Strings cut from a parsed chunk (V8 sliced strings) keep the whole chunk alive. Anything kept
 * beyond the current row (ids, text values, cache keys, issue values) is copied first, so that
 * memory does not grow with the file.
 */
export function detach(s: string): string {
  return s.length === 0 ? '' : (' ' + s).slice(1);
}

/** A bounded pool of repeated strings (city, partner, round): one detached copy each. */
export function interner(limit = 10_000): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    const copy = detach(s);
    if (pool.size < limit) pool.set(copy, copy);
    return copy;
  };
}
