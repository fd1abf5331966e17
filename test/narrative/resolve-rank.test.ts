/**
 * A ranking in the narrative ("the main countries of return were …", "most often …") is only said
 * when no hidden count could rank among the numbers it names, as far as a reader can tell from what
 * is published (a hidden row's `upper`, the disclosure audit's largest possible value).
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { resolveSlot, type ResolveContext } from '../../src/narrative/resolve.js';
import type { SlotSpec } from '../../src/schema/template.js';

const row = (category: string, value: number | null, extra: Partial<ResultRow> = {}): ResultRow => ({
  key: `b6.r|office=KAZ|category=${category}`,
  indicator: 'b6.r',
  dims: { office: 'KAZ' },
  category,
  stat: 'count',
  value,
  n: value ?? 0,
  ...(value !== null ? { count: value } : {}),
  ...extra,
});

const ctx = (rows: ResultRow[]): ResolveContext => ({
  rowsOf: () => rows,
  countryDimOf: () => 'office',
  country: 'KAZ',
  minCell: 5,
  labelOf: (_i, code) => ({ en: code, ru: code }),
});

const list = { indicator: 'b6.r', list: 3 } as SlotSpec;
const top = { indicator: 'b6.r', top: 1 } as SlotSpec;

describe('rankings and hidden counts', () => {
  it('names the largest published counts when every hidden one is known to be smaller', () => {
    const rows = [row('UZB', 40), row('MDA', 38), row('TJK', 13), row('AFG', null, { suppressed: 'primary', upper: 4 })];
    expect(resolveSlot(list, ctx(rows)).label?.en).toBe('UZB (40), MDA (38) and TJK (13)');
  });

  it('says nothing when a hidden count could rank among them (a "–" of 17 beside a published 13)', () => {
    const rows = [row('UZB', 40), row('MDA', 38), row('TJK', 13), row('RUS', null, { suppressed: 'secondary', upper: 21 })];
    expect(resolveSlot(list, ctx(rows))).toMatchObject({ value: null, suppressed: true });
    // a hidden count without a known bound is treated as unbounded
    const unbounded = [row('UZB', 40), row('RUS', null, { suppressed: 'secondary' })];
    expect(resolveSlot(top, ctx(unbounded))).toMatchObject({ value: null, suppressed: true });
    expect(resolveSlot(top, ctx([row('UZB', 40), row('RUS', null, { suppressed: 'secondary', upper: 30 })])).value).toBe(40);
  });
});
