import { table as columns } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { Frame, MISSING, valueCodeOf } from '../../src/analyse/frame.js';
import { decodeTable, encodeTable } from '../../src/cache/arrow.js';

const table = columns({
  q: ['o1 o2', null, null, '', 'o2'],
  'q/o1': [1, null, 0, null, '0'],
  'q/o2': [true, null, null, null, '1'],
  v: ['a', '', null, Number.NaN, 5],
});
const frame = new Frame(table, { q: ['o1', 'o2'], r: ['x'] });

describe('Frame caches', () => {
  it('chosenFlags: 1 for a chosen option (1, "1" or true), else 0', () => {
    expect(Array.from(frame.chosenFlags('q', 'o1'))).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(frame.chosenFlags('q', 'o2'))).toEqual([1, 0, 0, 0, 1]);
    expect(frame.chosenFlags('q', 'o1')).toBe(frame.chosenFlags('q', 'o1'));
  });

  it('answeredFlags: parent or any option cell present; a question without columns is never answered', () => {
    expect(Array.from(frame.answeredFlags('q'))).toEqual([1, 0, 1, 0, 1]);
    expect(Array.from(frame.answeredFlags('r'))).toEqual([0, 0, 0, 0, 0]);
  });

  it('valueIds: the cells as category codes, missing for null, empty and NaN', () => {
    const { labels, ids } = frame.valueIds('v');
    expect(Array.from(ids, (id) => labels[id])).toEqual(['a', MISSING, MISSING, MISSING, '5']);
    expect(valueCodeOf(true)).toBe('true');
  });

  it('encoded: the codes of every row, a multi as its chosen options', () => {
    const e = frame.encoded('q');
    const decoded = [0, 1, 2, 3, 4].map((i) => Array.from(e.ids.subarray(e.starts?.[i], e.starts?.[i + 1]), (id) => e.labels[id]));
    expect(decoded).toEqual([['o1', 'o2'], [MISSING], [], [MISSING], ['o2']]);
  });
});

describe('Frame.column', () => {
  it('is each row\'s value in row order, of a table built from arrays and of a filtered or ordered one', () => {
    const t = columns({ a: [3, null, 1, 2], b: ['x', 'y', '', 'z'] });
    expect(new Frame(t, {}).column('a')).toEqual([3, null, 1, 2]);
    const kept = t.filter((d: { a: number | null }) => d.a !== null);
    expect(new Frame(kept, {}).column('b')).toEqual(['x', '', 'z']);
    expect(new Frame(t.orderby('a'), {}).column('a')).toEqual(t.orderby('a').array('a'));
    expect(new Frame(t, {}).column('absent')).toEqual([null, null, null, null]);
  });
});

describe('Frame over a table read from Arrow (Arquero dictionary keys)', () => {
  it('valueIds and encoded decode to the same codes as over plain arrays', () => {
    const plain = columns({ c: ['KGZ', null, 'TJK', 'KGZ', '', 'TJK', null], n: [3, null, 3, 0, -0, Number.NaN, 2] });
    const bytes = encodeTable(plain);
    if (bytes === undefined) throw new Error('not encodable');
    const a = new Frame(plain, {});
    const b = new Frame(decodeTable(bytes), {});
    const decode = (e: { labels: readonly string[]; ids: Int32Array }) => Array.from(e.ids, (id) => e.labels[id]);
    for (const name of ['c', 'n']) {
      expect(decode(b.valueIds(name))).toEqual(decode(a.valueIds(name)));
      expect(decode(b.encoded(name))).toEqual(decode(a.encoded(name)));
    }
    expect(decode(b.encoded('c'))).toEqual(['KGZ', MISSING, 'TJK', 'KGZ', MISSING, 'TJK', MISSING]);
  });
});
