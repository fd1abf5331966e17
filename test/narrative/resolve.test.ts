/** Slots of the narrative: a "most common" answer is only said when there is more than one. */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { resolveSlot } from '../../src/narrative/resolve.js';
import { fillSentence } from '../../src/narrative/fill.js';
import { parseSentence } from '../../src/narrative/parse.js';
import type { SlotValues } from '../../src/narrative/slot-value.js';

const fill = (s: string, values: SlotValues) => fillSentence(parseSentence(s), values, { lang: 'en', minCell: 5 })?.text ?? null;

const row = (category: string, value: number | null, suppressed?: 'primary'): ResultRow => ({
  key: category, indicator: 'b1.citizenship', dims: { country: 'KGZ' }, category, stat: 'share', value, n: 100, ...(value === null ? {} : { count: value * 100 }), weighted: false, ...(suppressed ? { suppressed } : {}),
});
const ctx = (rows: ResultRow[]) => ({ rowsOf: () => rows, countryDimOf: () => 'country', country: 'KGZ', minCell: 5, labelOf: (_: string, code: string) => ({ en: code, ru: code }), drawn: new Set(['b1.citizenship']) });
const TEMPLATE = '[The most common citizenship was {cit_top|label} ({cit_top|percent} of respondents); ]of those who answered, {married|percent} were married.';

describe('resolveSlot (top)', () => {
  it('leaves out "the most common" when there is a single answer (100 %), keeps it when there are several', () => {
    const single = resolveSlot({ indicator: 'b1.citizenship', top: 1, value: 'value' as const }, ctx([row('KGZ', 1)]));
    expect(single.value).toBeNull();
    expect(fill(TEMPLATE, { cit_top: single, married: { value: 0.7 } })).toBe('Of those who answered, 70% were married.');
    const two = resolveSlot({ indicator: 'b1.citizenship', top: 1, value: 'value' as const }, ctx([row('KGZ', 0.9), row('UZB', 0.1)]));
    expect(fill(TEMPLATE, { cit_top: two, married: { value: 0.7 } })).toBe('The most common citizenship was KGZ (90% of respondents); of those who answered, 70% were married.');
  });

  it('leaves out a list of one answer ("The main countries of return: Kyrgyzstan (18)")', () => {
    expect(resolveSlot({ indicator: 'b1.citizenship', list: 3, value: 'count' as const }, ctx([row('KGZ', 1)])).value).toBeNull();
    expect(resolveSlot({ indicator: 'b1.citizenship', list: 3, value: 'count' as const }, ctx([row('KGZ', 0.9), row('UZB', 0.1)])).value).toBe(2);
  });

  it('keeps the one answer when the section has no figure of it to say so', () => {
    const notDrawn = { ...ctx([row('KGZ', 1)]), drawn: new Set<string>() };
    expect(resolveSlot({ indicator: 'b1.citizenship', top: 1, value: 'value' as const }, notDrawn).value).toBe(1);
  });

  it('counts a hidden answer as an answer', () => {
    expect(resolveSlot({ indicator: 'b1.citizenship', top: 1, value: 'value' as const }, ctx([row('KGZ', 0.98), { ...row('UZB', null, 'primary'), upper: 4 }])).value).toBe(0.98);
  });
});

describe('resolveSlot (hiddenWith, counts of minors)', () => {
  const pyramid = (hidden: { sex: string; group: string } | null): ResultRow[] =>
    ['male', 'female'].flatMap((sex) => ['0_4', '5_11', '12_17', '18_24'].map((group) => {
      const off = hidden !== null && hidden.sex === sex && hidden.group === group;
      return { key: `${sex}${group}`, indicator: 'b6.age_sex', dims: { office: 'KGZ', sex }, category: group, stat: 'count', value: off ? null : 6, n: off ? 3 : 6, weighted: false, ...(off ? { suppressed: 'primary' as const } : {}) };
    }));
  const minors = (sex: string, value: number): ResultRow => ({ key: sex, indicator: 'b6.avr_minors_sex', dims: { office: 'KGZ' }, category: sex, stat: 'count', value, n: value, weighted: false });
  const ctxWith = (hidden: { sex: string; group: string } | null) => ({
    rowsOf: (id: string) => (id === 'b6.age_sex' ? pyramid(hidden) : [minors('male', 11), minors('female', 8)]),
    countryDimOf: () => 'office', country: 'KGZ', minCell: 5, labelOf: (_: string, code: string) => ({ en: code, ru: code }),
  });
  const girls = { indicator: 'b6.avr_minors_sex', category: 'female', value: 'value' as const, hiddenWith: 'b6.age_sex' };
  const boys = { ...girls, category: 'male' };

  it('does not write the girls when a girls\' age group under 18 is hidden in the pyramid; the boys still', () => {
    const ctx = ctxWith({ sex: 'female', group: '0_4' });
    expect(resolveSlot(girls, ctx)).toMatchObject({ value: null, suppressed: true });
    expect(resolveSlot(boys, ctx).value).toBe(11);
  });

  it('writes both when only an adult group is hidden, or nothing is', () => {
    expect(resolveSlot(girls, ctxWith({ sex: 'female', group: '18_24' })).value).toBe(8);
    expect(resolveSlot(girls, ctxWith(null)).value).toBe(8);
  });
});
