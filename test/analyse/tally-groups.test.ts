import { from } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Frame } from '../../src/analyse/frame.js';
import { groupRows } from '../../src/analyse/group-rows.js';
import { tallyGroups } from '../../src/analyse/tally-groups.js';
import { disaggregate, disaggregateGroups, type DisaggregateSpec } from '../../src/analyse/disaggregate.js';
import type { Compare } from '../../src/analyse/natural-compare.js';

// codes that tie under natural order ('01' and '1'), non-response, empty and missing cells, numbers
const cell = fc.constantFrom(null, 'a', 'b', '01', '1', 'dnk', 'pnta', '', 3, 12);
const row = fc.record({ s: cell, t: cell, u: fc.constantFrom('x', 'y', null), v: cell });
const reversed: Compare = (x, y) => (x < y ? 1 : x > y ? -1 : 0);

function frameOf(data: { s: unknown; t: unknown; u: unknown; v: unknown }[]): Frame {
  return new Frame(from(data), {});
}

describe('tallyGroups', () => {
  it('gives groupRows’s groups, in its order, with their sizes and their rows per code (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.subarray(['s', 't', 'u']), fc.nat(3), fc.boolean(), (data, dims, skip, reverse) => {
        const frame = frameOf(data);
        const rows = data.map((_, i) => i).filter((i) => skip === 0 || i % (skip + 1) !== 1);
        const compare = (): Compare | undefined => (reverse ? reversed : undefined);
        const got = tallyGroups(frame, rows, dims, 'v', compare);
        const want = groupRows(frame, rows, dims, false, compare);
        const { labels, ids } = frame.valueIds('v');
        expect(got?.groups.map((g) => g.codes)).toEqual(want.map((g) => g.codes));
        got?.groups.forEach((g, k) => {
          const listed = want[k]?.rows ?? [];
          expect(g.size).toBe(listed.length);
          expect([...g.tally]).toEqual(labels.map((_, id) => listed.filter((i) => ids[i] === id).length));
        });
        const firstSeen = [...new Set(rows.map((i) => labels[ids[i] as number]))];
        expect([...(got?.seen ?? [])]).toEqual(firstSeen);
      }),
    );
  });

  it('declines a multi dimension (several codes per row)', () => {
    const frame = new Frame(from([{ v: 'a', 'm/o1': 1, 'm/o2': 1 }]), { m: ['o1', 'o2'] });
    expect(tallyGroups(frame, [0], ['m'], 'v', () => undefined)).toBeNull();
  });
});

describe('disaggregate: shares counted, not listed', () => {
  it('gives the rows the listed path gives, field for field and in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.subarray(['s', 't', 'u']),
        fc.constantFrom('share' as const, 'share_valid' as const),
        fc.boolean(),
        fc.constantFrom(undefined, ['b', 'zz', 'a'], ['dnk', '3']),
        fc.nat(3),
        (data, dims, statistic, ci, categories, skip) => {
          const frame = frameOf(data);
          const rows = data.map((_, i) => i).filter((i) => skip === 0 || i % (skip + 1) !== 1);
          const spec: DisaggregateSpec = { indicator: 'q', statistic, variable: 'v', dims, ci, ...(categories ? { categories } : {}) };
          const listed = disaggregateGroups(frame, rows, groupRows(frame, rows, dims, false, () => undefined), spec);
          expect(JSON.stringify(disaggregate(frame, rows, spec))).toBe(JSON.stringify(listed));
        },
      ),
    );
  });
});
