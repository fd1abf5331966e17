import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeValues } from '../../src/analyse/encoded.js';
import { Frame, codeOf } from '../../src/analyse/frame.js';
import { LightTable } from '../../src/query/light-table.js';
import { columnValues, typedColumn } from '../../src/query/typed-column.js';

const cell = fc.oneof(fc.constant(null), fc.constantFrom('a', 'b', 'KGZ', '', '_missing', 'ключ'), fc.string(), fc.double(), fc.integer());

describe('typed columns', () => {
  it('give back the values they were built from (text, numbers, nulls, mixed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(cell), fc.array(fc.oneof(fc.constant(null), fc.string())), fc.array(fc.oneof(fc.constant(null), fc.double()))), (values) => {
        expect(columnValues(typedColumn(values))).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  it('keep text as dictionary indices and numbers as float64', () => {
    const t = typedColumn(['x', null, 'y', 'x']);
    expect(t.kind).toBe('text');
    if (t.kind === 'text') expect(t.ids).toBeInstanceOf(Uint8Array);
    expect(typedColumn([1.5, null, 2]).kind).toBe('num');
    expect(typedColumn([null, null]).kind).toBe('null');
  });
});

describe('LightTable.encode', () => {
  it('encodes a text column as encodeValues of its codes, or leaves it to the Frame', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), fc.constantFrom('a', 'b', 'c', '', '_missing', 'ы'))), (values) => {
        const table = new LightTable(values.length, ['v'], new Map([['v', typedColumn(values)]]));
        const want = encodeValues(values.map(codeOf));
        const got = table.encode('v');
        if (values.some((v) => v === '' || v === '_missing')) expect(got).toBeUndefined();
        else if (got) expect(got).toEqual(want);
        // through a Frame either way: the same encoding
        const frame = new Frame(table, {});
        expect(frame.encoded('v')).toEqual(want);
        expect(frame.valueIds('v')).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
