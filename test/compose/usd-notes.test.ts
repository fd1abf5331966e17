/** Notes under a figure in US dollars never disagree about how the amounts were converted. */
import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import { figureNotes } from '../../src/compose/notes.js';
import { conversionNotes } from '../../src/compose/conversion-notes.js';
import type { Conversion } from '../../src/analyse/conversions.js';
import { str } from '../../src/i18n/strings.js';
import type { FigureSpec } from '../../src/schema/template.js';

const ind: IndicatorInfo = { id: 'b3.remit_amount_usd', dimensions: ['country'], statistic: 'median', variable: 'remittance_amount_usd', base: 'with_value', instrument: 'survey', bulletin: 3, currency: 'USD' };
const spec = { id: 'amount', indicator: ind.id, chart: 'hbar', caption: { en: 'Amount', ru: 'Сумма' }, notes: ['converted_usd'], sort: false } as FigureSpec;

describe('figureNotes (USD)', () => {
  it('says "monthly rate" alone only when every amount was converted at its month\'s rate', () => {
    for (const lang of ['en', 'ru'] as const) {
      const annual = str('noteAnnualRates', lang, { list: 'KZT (2020)' });
      const mixed = figureNotes(spec, ind, { lang, minCell: 5, suppressed: false, map: false, usd: [annual], usdAnnual: true });
      expect(mixed).not.toContain(str('noteConvertedUsd', lang));
      expect(mixed.slice(0, 2)).toEqual([str('noteConvertedUsdExcept', lang), annual]);
      expect(figureNotes(spec, ind, { lang, minCell: 5, suppressed: false, map: false, usd: [] })).toContain(str('noteConvertedUsd', lang));
    }
  });

  it('names the currency in Russian, with its code, in the annual-rate note (never a bare «Для KZT»)', () => {
    const c = { annual: [{ currency: 'KZT', months: ['2020-10', '2020-11', '2020-12'] }], missing: [] } as unknown as Conversion;
    const [ru] = conversionNotes(c, 'ru');
    expect(ru).toContain('казахстанский тенге (KZT) — ');
    expect(ru).not.toMatch(/Для KZT/u);
    expect(conversionNotes(c, 'en')[0]).toContain('KZT (');
  });

  it('names the amounts it speaks of (it stands under a figure or after a sentence, never after "these amounts")', () => {
    const c = { annual: [{ currency: 'KZT', months: ['2020-10', '2020-11'] }, { currency: 'UZS', months: ['2021-01'] }], missing: [] } as unknown as Conversion;
    const [en] = conversionNotes(c, 'en');
    const [ru] = conversionNotes(c, 'ru');
    expect(en).toContain('the amounts reported in KZT and UZS in those months');
    expect(ru).toContain('суммы в KZT и UZS за эти месяцы');
    expect(en).not.toMatch(/these amounts/u);
    expect(ru).not.toMatch(/эти суммы/u);
  });
});
