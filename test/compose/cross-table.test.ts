import { describe, expect, it } from 'vitest';
import { crossTableOf } from '../../src/compose/cross-table.js';
import type { ChartInput, ChartRow } from '../../src/charts/types.js';

const ctx = (lang: 'en' | 'ru') => ({ lang, caption: 'Table 1', rowsHeader: '', source: 'Source', continued: '(continued)', notes: ['Respondents could choose more than one option.'] });
const chart = (lang: 'en' | 'ru', rows: ChartRow[]): ChartInput => ({ id: 't', type: 'hbar', lang, valueKind: 'share', threshold: 5, groups: ['Male', 'Female'], rows });
const cell = (category: string, group: string, value: number | null, suppressed?: 'primary' | 'secondary'): ChartRow => ({ category, group, value, n: 500, ...(suppressed ? { suppressed } : {}) });

describe('crossTableOf', () => {
  it('leaves out a row hidden in every column and names it in the note (b5 Table 1 "Evicted – –")', () => {
    for (const lang of ['en', 'ru'] as const) {
      const [lost, evicted, debt] = lang === 'en' ? ['Lost income', 'Evicted', 'Debt'] : ['Потеря дохода', 'Выселение', 'Долги'];
      const rows = [
        cell(lost, 'Male', 0.6), cell(lost, 'Female', 0.62),
        cell(evicted, 'Male', null, 'secondary'), cell(evicted, 'Female', null, 'secondary'),
        cell(debt, 'Male', null, 'primary'), cell(debt, 'Female', 0.3),
      ];
      const table = crossTableOf(chart(lang, rows), ctx(lang));
      expect(table.rows.map((r) => r[0])).toEqual([lost, debt]);
      // a row hidden in one column only keeps its mark
      expect(table.rows[1]).toEqual([debt, '<5', '30' + (lang === 'en' ? '%' : '\u00a0%')]);
      // a "<5" says the count is 1 to 4: a row of "–" and "<5" stays
      const kept = crossTableOf(chart(lang, rows.map((r) => (r.category === evicted && r.group === 'Female' ? { ...r, suppressed: 'primary' as const } : r))), ctx(lang));
      expect(kept.rows.map((r) => r[0])).toEqual([lost, evicted, debt]);
      expect(kept.notes).toEqual(ctx(lang).notes);
      expect(table.notes?.at(-1)).toBe(lang === 'en' ? 'Rows with every value hidden are left out: evicted.' : 'Строки, в которых скрыты все значения, не показаны: выселение.');
      expect(table.columns.map((c) => c.header)).toEqual(['', 'Male', 'Female']);
    }
  });

  it('leaves out a column hidden in every row, and keeps a table whose every cell is hidden as it is', () => {
    const rows = [cell('A', 'Male', 0.5), cell('A', 'Female', null, 'secondary'), cell('B', 'Male', 0.2), cell('B', 'Female', null, 'secondary')];
    const table = crossTableOf(chart('en', rows), ctx('en'));
    expect(table.columns.map((c) => c.header)).toEqual(['', 'Male']);
    expect(table.rows).toEqual([['A', '50%'], ['B', '20%']]);
    expect(table.notes?.at(-1)).toBe('Columns with every value hidden are left out: Female.');
    const none = crossTableOf(chart('en', rows.map((r) => ({ ...r, value: null, suppressed: 'secondary' as const }))), ctx('en'));
    expect(none.rows).toHaveLength(2);
    expect(none.notes).toEqual(ctx('en').notes);
  });
});
