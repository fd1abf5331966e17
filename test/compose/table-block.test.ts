/** The partners table (b6): partners in the bulletin's language; people with no partner in a note, not a row. */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import type { FigureData } from '../../src/compose/figure-data.js';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import { tableBlockOf } from '../../src/compose/table-block.js';
import type { FigureSpec } from '../../src/schema/template.js';

const ind: IndicatorInfo = { id: 'b6.partner_admin1', dimensions: ['office', 'partner'], statistic: 'count', variable: 'admin1', base: 'records', instrument: 'assistance', bulletin: 6 };
const spec = { id: 'partners', indicator: 'b6.partner_admin1', chart: 'table', caption: { en: 'Implementing partners and provinces', ru: 'Партнёрские организации и регионы' }, notes: [], sort: false, series: 'partner' } as FigureSpec;
const row = (partner: string, category: string, value: number, suppressed?: 'primary'): ResultRow => ({ key: `${partner}|${category}`, indicator: ind.id, dims: { office: 'RUS', partner }, category, stat: 'count', value: suppressed ? null : value, n: value, weighted: false, ...(suppressed ? { suppressed } : {}) });
const data = (rows: ResultRow[]): FigureData => ({ chart: null, rows, base: null, suppressed: false });

describe('tableBlockOf (partners)', () => {
  it('says in a note how many people assisted have no partner recorded, and names partners in Russian', () => {
    const rows = [row('Tong Jahoni', 'RU-MOW', 313), row('Russian Red Cross', 'RU-SPE', 32)];
    const ru = tableBlockOf(spec, ind, data(rows), { lang: 'ru', minCell: 5, number: 4, source: 'x', country: 'RUS', records: 1068 });
    expect(ru.rows.map((r) => r[0])).toEqual(['Российский Красный Крест', 'Тонг Джахони']);
    expect(ru.notes).toEqual(['Получатели помощи, для которых не указаны партнёр или регион (723), в таблицу не включены.']);
    const en = tableBlockOf(spec, ind, data(rows), { lang: 'en', minCell: 5, number: 4, source: 'x', country: 'RUS', records: 1068 });
    expect(en.notes).toEqual(['People assisted whose partner or province is not recorded (723) are not shown.']);
  });

  it('has no such note when everyone has a partner, or when a hidden cell would make the difference show it', () => {
    const rows = [row('Tong Jahoni', 'RU-MOW', 313), row('Russian Red Cross', 'RU-SPE', 32)];
    expect(tableBlockOf(spec, ind, data(rows), { lang: 'en', minCell: 5, number: 4, source: 'x', records: 345 }).notes).toBeUndefined();
    const hidden = [...rows, row('Ural House', 'RU-SVE', 3, 'primary')];
    // only the note that explains the hidden total ("–"), no count of people without a partner
    expect(tableBlockOf(spec, ind, data(hidden), { lang: 'en', minCell: 5, number: 4, source: 'x', records: 1071 }).notes).toEqual(['“–”: hidden so that no small count can be worked back from anything published.']);
  });

  it('a table of statistics states its base once, on its source line, when every row has the same one', () => {
    const hh: IndicatorInfo = { id: 'b1.household_size', dimensions: ['country'], statistic: 'quartiles', variable: 'household_size', base: 'valid', instrument: 'survey', bulletin: 1 };
    const hhSpec = { id: 'household-size', indicator: hh.id, chart: 'table', caption: { en: 'Household size', ru: 'Размер домохозяйства' }, notes: [], sort: false } as FigureSpec;
    const q = (stat: 'q1' | 'median' | 'q3', value: number, n: number): ResultRow => ({ key: stat, indicator: hh.id, dims: { country: 'KAZ' }, stat, value, n, weighted: false });
    const en = tableBlockOf(hhSpec, hh, data([q('q1', 4, 1098), q('median', 6, 1098), q('q3', 7, 1098)]), { lang: 'en', minCell: 5, number: 1, source: 'x' });
    expect(en.columns.map((c) => c.header)).toEqual(['', 'Value']);
    expect(en.rows).toEqual([['First quartile', '4'], ['Median', '6'], ['Third quartile', '7']]);
    expect(en.source).toBe('x  ·  n\u00a0=\u00a01,098');
    const ru = tableBlockOf(hhSpec, hh, data([q('q1', 4, 1098), q('median', 6, 1098), q('q3', 7, 1098)]), { lang: 'ru', minCell: 5, number: 1, source: 'x' });
    expect(ru.source).toBe('x  ·  n\u00a0=\u00a01\u00a0098');
    // bases that differ stay in their rows
    const mixed = tableBlockOf(hhSpec, hh, data([q('q1', 4, 1098), q('median', 6, 1090)]), { lang: 'en', minCell: 5, number: 1, source: 'x' });
    expect(mixed.columns.map((c) => c.header)).toEqual(['', 'Value', 'n']);
    expect(mixed.source).toBe('x');
  });
});
