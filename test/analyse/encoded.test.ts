import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeDim, encodeValues } from '../../src/analyse/encoded.js';

const decode = (e: ReturnType<typeof encodeDim>, i: number): string[] =>
  Array.from(e.ids.subarray(e.starts[i], e.starts[i + 1]), (id) => e.labels[id] as string);

describe('encodeDim', () => {
  it('gives each distinct code one id, in order of first appearance, and each row its codes', () => {
    const codes = [['b'], ['a', 'c'], [], ['b'], ['c']];
    const e = encodeDim(codes.length, (i) => codes[i] as string[]);
    expect(e.labels).toEqual(['b', 'a', 'c']);
    expect(Array.from(e.starts)).toEqual([0, 1, 3, 3, 4, 5]);
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

describe('encodeValues', () => {
  it('equals encodeDim of one code per row (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', '_missing', '7'), { maxLength: 30 }), (codes) => {
        const e = encodeValues(codes);
        const d = encodeDim(codes.length, (i) => [codes[i] as string]);
        expect(e.labels).toEqual(d.labels);
        expect(Array.from(e.ids)).toEqual(Array.from(d.ids));
        expect(Array.from(e.starts)).toEqual(Array.from(d.starts));
      }),
    );
  });
});
