// cache/entry.ts: an entry parses back to what was written, or not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntry, serializeEntry } from '../../src/cache/entry.js';

const KEY = 'a'.repeat(64);
const whole = (chunks: Uint8Array[]) => new Uint8Array(Buffer.concat(chunks));
const body = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
const meta = { rows: 3, columns: ['x'], meta: { note: 'é' } };

describe('cache entry', () => {
  it('parses back what was written, the body aligned to 8 bytes', () => {
    const file = whole(serializeEntry(KEY, meta, body));
    const e = parseEntry<typeof meta>(file, KEY)!;
    expect(e.meta).toEqual(meta);
    expect(Buffer.from(e.body).equals(Buffer.from(body))).toBe(true);
    expect(e.body.byteOffset % 8).toBe(0);
  });

  it('rejects another key, a truncated file, foreign bytes and an empty file', () => {
    const file = whole(serializeEntry(KEY, meta, body));
    expect(parseEntry(file, 'b'.repeat(64))).toBeUndefined();
    expect(parseEntry(file.subarray(0, file.length - 1), KEY)).toBeUndefined();
    expect(parseEntry(file.subarray(0, 30), KEY)).toBeUndefined();
    expect(parseEntry(new Uint8Array(Buffer.from('response_id,country\n1,KGZ\n')), KEY)).toBeUndefined();
    expect(parseEntry(new Uint8Array(0), KEY)).toBeUndefined();
    expect(parseEntry(whole([file, new Uint8Array([0])]), KEY)).toBeUndefined();
  });

  it('never returns a changed body or header after any one byte is changed (property)', () => {
    const file = whole(serializeEntry(KEY, meta, body));
    fc.assert(
      fc.property(fc.nat({ max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const bad = new Uint8Array(file);
        bad[at] = (bad[at]! + delta) % 256;
        const e = parseEntry<typeof meta>(bad, KEY);
        // Either refused, or (a change in the JSON's insignificant bytes) the very same content.
        if (e !== undefined) {
          expect(e.meta).toEqual(meta);
          expect(Buffer.from(e.body).equals(Buffer.from(body))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('copies a misaligned body so that Arrow views stay aligned', () => {
    const file = whole(serializeEntry(KEY, meta, body));
    const shifted = new Uint8Array(file.length + 3);
    shifted.set(file, 3);
    const e = parseEntry<typeof meta>(shifted.subarray(3), KEY)!;
    expect(e.body.byteOffset % 8).toBe(0);
    expect(Buffer.from(e.body).equals(Buffer.from(body))).toBe(true);
  });
});
