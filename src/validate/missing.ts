/** Missing-value tokens of instrument.md: empty, NA, N/A, n/a, NULL, NaN, NaT, `-`. */

const TOKENS = ['', 'na', 'n/a', 'null', 'nan', 'nat', '-'];

export type MissingTest = (trimmed: string) => boolean;

/** A test for trimmed cells, with the extra tokens of a mapping file (compared case-insensitively). */
export function missingTest(extra: readonly string[] = []): MissingTest {
  const set = new Set([...TOKENS, ...extra.map((t) => t.trim().toLowerCase())]);
  let longest = 0;
  for (const t of set) longest = Math.max(longest, t.length);
  return (trimmed) => trimmed === '' || (trimmed.length <= longest && set.has(trimmed.toLowerCase()));
}
