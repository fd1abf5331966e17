/** Missing-value tokens of docs/data-contract.md: empty, NA, N/A, n/a, NULL, NaN, NaT, `-`. */

const TOKENS = ['', 'na', 'n/a', 'null', 'nan', 'nat', '-'];

export type MissingTest = (trimmed: string) => boolean;

/** A test for trimmed cells, with the extra tokens of a mapping file (compared case-insensitively). */
export function missingTest(extra: readonly string[] = []): MissingTest {
  const set = new Set([...TOKENS, ...extra.map((t) => t.trim().toLowerCase())]);
  let longest = 0;
  // first characters (lower case) of the tokens: a cell starting otherwise is not missing
  const first = new Set<number>();
  for (const t of set) {
    longest = Math.max(longest, t.length);
    if (t !== '') {
      first.add(t.charCodeAt(0));
      first.add(t[0]!.toUpperCase().charCodeAt(0));
    }
  }
  return (trimmed) =>
    trimmed === '' || (trimmed.length <= longest && first.has(trimmed.charCodeAt(0)) && set.has(trimmed.toLowerCase()));
}
