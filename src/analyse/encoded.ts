/**
 * A grouping dimension dictionary-encoded once per Frame: each distinct code (as Frame.codes gives
 * it: one code, the chosen options of a multi, or `_missing`) gets a small integer id, and each row
 * the list of its ids. Grouping then works on integers instead of building and joining strings for
 * every row of every indicator.
 *
 * Layout (compressed rows): the ids of row i are `ids[starts[i]] … ids[starts[i + 1] − 1]`, in the
 * order Frame.codes gives them (a multi's options in declaration order; none when the question was
 * answered without choosing any). Without `starts`, every row has one id: `ids[i]`.
 */
export interface EncodedDim {
  /** Code of each id. */
  readonly labels: readonly string[];
  /** numRows + 1 offsets into `ids`; absent when each row has exactly one id. */
  readonly starts?: Int32Array;
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

/** Arquero's dictionary encoding of a column read from Arrow (`column(name).groups()`): row i holds `get(keys[i])`. */
export interface KeyedColumn {
  keys: ArrayLike<number>;
  get: (key: number) => unknown;
  size: number;
}

/**
 * encodeDim of one code per row, `code(v)` of each cell (no `starts`), `code` called once per distinct
 * value or dictionary key. Ids: in order of first appearance, or the dictionary keys themselves when
 * no two share a code (a native copy); nothing depends on their order.
 */
export function encodeCells(values: ArrayLike<unknown> | KeyedColumn, code: (v: unknown) => string): EncodedDim {
  const idOf = new Map<string, number>();
  const labels: string[] = [];
  const idFor = (v: unknown): number => {
    const c = code(v);
    let id = idOf.get(c);
    if (id === undefined) {
      id = labels.length;
      idOf.set(c, id);
      labels.push(c);
    }
    return id;
  };
  if (isKeyed(values)) {
    const { keys, get, size } = values;
    const byKey = new Int32Array(size);
    let same = true;
    for (let k = 0; k < size; k++) {
      byKey[k] = idFor(get(k));
      if (byKey[k] !== k) same = false;
    }
    if (same) return { labels, ids: new Int32Array(keys) };
    const ids = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) ids[i] = byKey[keys[i] as number] as number;
    return { labels, ids };
  }
  const n = values.length;
  const ids = new Int32Array(n);
  const byValue = new Map<unknown, number>(); // SameValueZero: a code is the same for 0 and -0, and for every NaN
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let id = byValue.get(v);
    if (id === undefined) {
      id = idFor(v);
      byValue.set(v, id);
    }
    ids[i] = id;
  }
  return { labels, ids };
}

function isKeyed(values: ArrayLike<unknown> | KeyedColumn): values is KeyedColumn {
  return !Array.isArray(values) && !ArrayBuffer.isView(values) && 'keys' in values && 'get' in values;
}
