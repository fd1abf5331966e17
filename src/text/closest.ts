/** Edit distance and "did you mean …": the one implementation for names, ids and places. */

/** Levenshtein distance between two strings (by code point). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

export interface ClosestOptions {
  /** How many to return (default 3). */
  k?: number;
  /** Only names at most this far (case-insensitive edit distance); default: any distance. */
  within?: (bad: string) => number;
}

/** A typo's reach: 2 edits, or a third of the name's length when longer. */
export const TYPO_REACH = (bad: string): number => Math.max(2, Math.floor(bad.length / 3));

/** The valid names closest to a bad one (case-insensitive), nearest first, ties in code-unit order. */
export function closest(bad: string, valid: Iterable<string>, opts: ClosestOptions = {}): string[] {
  const b = bad.toLowerCase();
  const limit = opts.within?.(b) ?? Infinity;
  return [...valid]
    .map((v) => ({ v, d: editDistance(b, v.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d || (x.v < y.v ? -1 : x.v > y.v ? 1 : 0))
    .slice(0, opts.k ?? 3)
    .map((x) => x.v);
}
