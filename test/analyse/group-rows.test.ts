import { from, table as columns } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Frame, TOTAL } from '../../src/analyse/frame.js';
import { groupRows } from '../../src/analyse/group-rows.js';

/** The straightforward definition: every combination of the row's codes, keyed by joined strings. */
function reference(frame: Frame, rows: readonly number[], dims: readonly string[], totals: boolean): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const i of rows) {
    let combos: string[][] = [[]];
    for (const d of dims) {
      const choices = [...frame.codes(d, i), ...(totals ? [TOTAL] : [])];
      combos = combos.flatMap((c) => choices.map((x) => [...c, x]));
    }
    for (const c of combos) {
      const k = c.join('|');
      map.set(k, [...(map.get(k) ?? []), i]);
    }
  }
  return map;
}

const cell = fc.constantFrom(null, 'a', 'b', 'dnk', '', 3, 12);
const row = fc.record({ s: cell, t: cell, o1: fc.constantFrom(null, 0, 1), o2: fc.constantFrom(0, 1) });

describe('groupRows', () => {
  it('puts each row in the groups of its codes (multi: one per chosen option), rows in order (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.subarray(['s', 't', 'm']), fc.boolean(), (data, dims, totals) => {
        const table = from(data.map((r) => ({ s: r.s, t: r.t, 'm/o1': r.o1, 'm/o2': r.o1 === null ? null : r.o2 })));
        const frame = new Frame(table, { m: ['o1', 'o2'] });
        const rows = data.map((_, i) => i).filter((i) => i % 3 !== 1);
        const got = groupRows(frame, rows, dims, totals, () => undefined);
        const want = reference(frame, rows, dims, totals);
        expect(new Map(got.map((g) => [g.codes.join('|'), g.rows]))).toEqual(want);
        expect(got.length).toBe(want.size);
      }),
    );
  });

  it('sorts groups: codes by the comparator, then non-response, missing, total', () => {
    const frame = new Frame(columns({ s: ['b', null, 'dnk', 'a', 'b'] }), {});
    const got = groupRows(frame, [0, 1, 2, 3, 4], ['s'], true, () => (x, y) => (x < y ? 1 : x > y ? -1 : 0));
    expect(got.map((g) => g.codes[0])).toEqual(['b', 'a', 'dnk', '_missing', TOTAL]);
    expect(got[0]?.rows).toEqual([0, 4]);
    expect(got[4]?.rows).toEqual([0, 1, 2, 3, 4]);
  });
});
