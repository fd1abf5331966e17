/** Missing-value tokens of docs/data-contract.md: empty, NA, N/A, n/a, NULL, NaN, NaT, `-`. */

const TOKENS = ['', 'na', 'n/a', 'null', 'nan', 'nat', '-'];

export type MissingTest = (trimmed: string) => boolean;

/** A test for trimmed cells, with the extra tokens of a mapping file (compared case-insensitively). */
export function missingTest(extra: readonly string[] = []): MissingTest {
  const set = new Set([...TOKENS, ...extra.map((t) => t.trim().toLowerCase())]);
  let longest = 0;
  // first characters (lower and upper case) of the tokens: a cell starting otherwise is not
  // missing (a table by UTF-16 code unit: one load per cell, not a hash)
  const first = new Uint8Array(0x10000);
  for (const t of set) {
    longest = Math.max(longest, t.length);
    if (t !== '') {
      first[t.charCodeAt(0)] = 1;
      first[t[0]!.toUpperCase().charCodeAt(0)] = 1;
    }
  }
  return (trimmed) => trimmed === '' || (trimmed.length <= longest && first[trimmed.charCodeAt(0)] === 1 && set.has(trimmed.toLowerCase()));
}
