import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCells, encodeDim } from '../../src/analyse/encoded.js';

const decode = (e: ReturnType<typeof encodeDim>, i: number): string[] =>
  e.starts ? Array.from(e.ids.subarray(e.starts[i], e.starts[i + 1]), (id) => e.labels[id] as string) : [e.labels[e.ids[i] as number] as string];

describe('encodeDim', () => {
  it('gives each distinct code one id, in order of first appearance, and each row its codes', () => {
    const codes = [['b'], ['a', 'c'], [], ['b'], ['c']];
    const e = encodeDim(codes.length, (i) => codes[i] as string[]);
    expect(e.labels).toEqual(['b', 'a', 'c']);
    expect(Array.from(e.starts ?? [])).toEqual([0, 1, 3, 3, 4, 5]);
    expect(Array.from(e.ids)).toEqual([0, 1, 2, 0, 2]);
  });

  it('decodes back to the codes of every row (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('x', 'y', 'z', '_missing', '1', '10'), { maxLength: 3 }), { maxLength: 30 }), (codes) => {
        const e = encodeDim(codes.length, (i) => codes[i] as string[]);
        expect(codes.map((_, i) => decode(e, i))).toEqual(codes);
        expect(new Set(e.labels).size).toBe(e.labels.length);
      }),
    );
  });
});

describe('encodeCells', () => {
  const cell = fc.constantFrom<unknown>('x', 'y', '', null, 7, -0, 0, Number.NaN, true);
  const code = (v: unknown): string => (v === null || v === '' || Number.isNaN(v) ? '_missing' : String(v));

  it('decodes to encodeDim of one code per row, from values or from dictionary keys (property)', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (values) => {
        const d = encodeDim(values.length, (i) => [code(values[i])]);
        const dictionary = [...new Set(values)];
        const keyed = { keys: Int32Array.from(values, (v) => dictionary.findIndex((d) => Object.is(d, v) || d === v)), get: (k: number) => dictionary[k], size: dictionary.length };
        for (const e of [encodeCells(values, code), encodeCells(keyed, code)]) {
          expect(e.starts).toBeUndefined();
          expect(new Set(e.labels).size).toBe(e.labels.length);
          expect(values.map((_, i) => decode(e, i))).toEqual(values.map((_, i) => decode(d, i)));
        }
        // from values: ids in order of first appearance, as encodeDim
        expect(encodeCells(values, code).labels).toEqual(d.labels);
      }),
    );
  });
});
