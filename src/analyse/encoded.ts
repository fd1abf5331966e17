/**
 * A grouping dimension dictionary-encoded once per Frame: each distinct code (as Frame.codes gives
 * it: one code, the chosen options of a multi, or `_missing`) gets a small integer id, and each row
 * the list of its ids. Grouping then works on integers instead of building and joining strings for
 * every row of every indicator.
 *
 * Layout (compressed rows): the ids of row i are `ids[starts[i]] … ids[starts[i + 1] − 1]`, in the
 * order Frame.codes gives them (a multi's options in declaration order; none when the question was
 * answered without choosing any).
 */
export interface EncodedDim {
  /** Code of each id. */
  readonly labels: readonly string[];
  /** numRows + 1 offsets into `ids`. */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/** Encodes the codes of every row (`codesOf(i)` is called once per row, in row order). */
export function encodeDim(numRows: number, codesOf: (i: number) => readonly string[]): EncodedDim {
  const idOf = new Map<string, number>();
  const labels: string[] = [];
  const starts = new Int32Array(numRows + 1);
  const ids: number[] = [];
  for (let i = 0; i < numRows; i++) {
    starts[i] = ids.length;
    for (const code of codesOf(i)) {
      let id = idOf.get(code);
      if (id === undefined) {
        id = labels.length;
        idOf.set(code, id);
        labels.push(code);
      }
      ids.push(id);
    }
  }
  starts[numRows] = ids.length;
  return { labels, starts, ids: Int32Array.from(ids) };
}

/** encodeDim of one code per row (row i's id is `ids[i]`), without a list per row. */
export function encodeValues(codes: readonly string[]): EncodedDim {
  const n = codes.length;
  const idOf = new Map<string, number>();
  const labels: string[] = [];
  const starts = new Int32Array(n + 1);
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const code = codes[i] as string;
    let id = idOf.get(code);
    if (id === undefined) {
      id = labels.length;
      idOf.set(code, id);
      labels.push(code);
    }
    ids[i] = id;
    starts[i] = i;
  }
  starts[n] = n;
  return { labels, starts, ids };
}
