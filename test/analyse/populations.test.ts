import { from } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { Frame } from '../../src/analyse/frame.js';
import { groupRows } from '../../src/analyse/group-rows.js';
import { Populations } from '../../src/analyse/populations.js';

const frame = new Frame(from([{ s: 'a', x: 1 }, { s: 'b', x: 5 }, { s: 'a', x: 7 }, { s: null, x: 2 }]), {});

describe('Populations', () => {
  it('selects the base rows meeting the filter, once per distinct filter', () => {
    const p = new Populations(frame, [0, 1, 2], () => undefined);
    expect(p.rows(['x>=2'], 'i1')).toEqual([1, 2]);
    expect(p.rows(['x>=2'], 'i2')).toBe(p.rows(['x>=2'], 'i1'));
    expect(p.rows([], 'i3')).toEqual([0, 1, 2]);
  });

  it('groups as groupRows does, once per distinct filter, dimensions and totals', () => {
    const p = new Populations(frame, [0, 1, 2, 3], () => undefined);
    const g = p.groups(['x<7'], ['s'], true, 'i1');
    expect(g).toEqual(groupRows(frame, [0, 1, 3], ['s'], true, () => undefined));
    expect(p.groups(['x<7'], ['s'], true, 'i2')).toBe(g);
    expect(p.groups(['x<7'], ['s'], false, 'i2')).not.toBe(g);
  });

  it('names the indicator whose filter does not parse', () => {
    const p = new Populations(frame, [0], () => undefined);
    expect(() => p.rows(['x>>'], 'bad_one')).toThrow(/bad_one/);
  });
});
