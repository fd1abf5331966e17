import { describe, expect, it } from 'vitest';
import { keyFiguresBlock, keyFindingBlocks } from '../../src/compose/key-figures.js';
import type { NarrativeContext } from '../../src/compose/narrative.js';
import type { ResultRow } from '../../src/analyse/result.js';
import type { KeyFigure, SlotSpec } from '../../src/schema/template.js';

const row = (indicator: string, country: string, value: number | null, extra: Partial<ResultRow> = {}): ResultRow => ({
  key: `${indicator}|${country}|${extra.category ?? ''}`,
  indicator,
  dims: { country },
  stat: 'count',
  value,
  n: value ?? 3,
  ...extra,
});

const rows: ResultRow[] = [
  row('t.interviews', 'KGZ', 295),
  row('t.interviews', 'TJK', 189),
  row('t.interviews', '_total', 484),
  row('t.lost_job', 'KGZ', 0.42, { stat: 'share', category: 'yes', n: 295 }),
  row('t.lost_job', 'TJK', null, { stat: 'share', category: 'yes', n: 3, suppressed: 'primary' }),
  row('t.lost_job', '_total', 0.4, { stat: 'share', category: 'yes', n: 484 }),
];
const slots: Record<string, SlotSpec> = {
  total: { indicator: 't.interviews', stat: 'count', value: 'value' },
  lost_job: { indicator: 't.lost_job', category: 'yes', value: 'value' },
  missing: { indicator: 't.nothing', value: 'value' },
};
const ctx = (country: string | null): NarrativeContext => ({
  lang: 'en',
  minCell: 5,
  country,
  countries: ['KGZ', 'TJK'],
  period: { from: '2020-10-01', to: '2021-04-30' },
  rounds: [],
  rowsOf: (id) => rows.filter((r) => r.indicator === id),
  registry: new Map(),
});
const figures: KeyFigure[] = [
  { value: '{total}', label: { en: 'interviews', ru: 'интервью' } },
  { value: '{lost_job|percent}', label: { en: 'lost their job', ru: 'потеряли работу' } },
  { value: '{missing}', label: { en: 'never shown', ru: 'не показывается' } },
];

describe('keyFiguresBlock', () => {
  it('computes each figure from the results, with its label', () => {
    expect(keyFiguresBlock(figures, slots, ctx('KGZ'))?.items).toEqual([
      { value: '295', label: 'interviews' },
      { value: '42%', label: 'lost their job' },
    ]);
  });
  it('prints a hidden share with the narrative’s marker (–), never the value, and drops a missing one', () => {
    expect(keyFiguresBlock(figures, slots, ctx('TJK'))?.items).toEqual([
      { value: '189', label: 'interviews' },
      { value: '–', label: 'lost their job' },
    ]);
  });
  it('puts a count’s label in the form its number takes (ru: one, few, many), the form for many under a hidden one', () => {
    const partners: KeyFigure[] = [{ value: '{total}', label: { en: '{total|noun:implementing partner,implementing partners}', ru: '{total|noun:партнёрская организация,партнёрские организации,партнёрских организаций}' } }];
    const ru = (n: number | null, suppressed?: 'primary') => {
      const own = [row('t.interviews', 'KGZ', n, suppressed ? { suppressed } : {})];
      return keyFiguresBlock(partners, slots, { ...ctx('KGZ'), lang: 'ru', rowsOf: (id) => own.filter((r) => r.indicator === id) })?.items[0]?.label;
    };
    expect(ru(1)).toBe('партнёрская организация');
    expect(ru(3)).toBe('партнёрские организации');
    expect(ru(1452)).toBe('партнёрские организации');
    expect(ru(11)).toBe('партнёрских организаций');
    expect(ru(21)).toBe('партнёрская организация');
    expect(ru(null, 'primary')).toBe('партнёрских организаций');
    expect(keyFiguresBlock(partners, slots, ctx('KGZ'))?.items[0]).toEqual({ value: '295', label: 'implementing partners' });
  });
  it('gives no strip when the template declares none', () => expect(keyFiguresBlock([], slots, ctx('KGZ'))).toBeNull());
});

describe('keyFindingBlocks', () => {
  it('fills `all` sentences once for all countries and `country` sentences once per country, leaving out those missing or hiding a number', () => {
    const blocks = keyFindingBlocks(
      [
        { en: 'In all, {total} interviews {country_in}.', ru: '–', scope: 'all' },
        { en: '{country}: {lost_job|percent} lost their job.', ru: '–', scope: 'country' },
        { en: 'Never: {missing}.', ru: '–', scope: 'all' },
      ],
      slots,
      ctx(null),
      () => ({ from: '2020-10-01', to: '2021-04-30' }),
    );
    expect(blocks).toEqual([
      { type: 'bullets', items: ['In all, 484 interviews in Kyrgyzstan and Tajikistan.', 'Kyrgyzstan: 42% lost their job.'] },
    ]);
  });
});
