/**
 * A figure of one category written as a sentence (issue 11: "Typical amount per transfer (median,
 * USD), by country of work: every answer was 'Kazakhstan' ($230; n = 529)").
 */
import { describe, expect, it } from 'vitest';
import { figureSentence } from '../../src/compose/figure-sentence.js';
import type { ChartInput } from '../../src/charts/types.js';
import { figureSpecSchema } from '../../src/schema/template.js';

const chart = (valueKind: ChartInput['valueKind'], category: string, value: number, n: number): ChartInput => ({
  id: 'x',
  type: 'hbar',
  lang: 'en',
  valueKind,
  rows: [{ category, value, n }],
});
const spec = (extra: Record<string, unknown> = {}) =>
  figureSpecSchema.parse({ id: 'x', indicator: 'b.x', chart: 'hbar', caption: { en: 'Typical amount per transfer (median, USD), by country of work', ru: 'Типичная сумма перевода (медиана, долл. США) по стране работы' }, ...extra });

describe('figureSentence', () => {
  it('never writes the plain "every answer" sentence for a median or an amount: the figure is drawn', () => {
    const c = chart('usd', 'Kazakhstan', 230, 529);
    expect(figureSentence(spec(), c.rows[0]!, c, { lang: 'en', minCell: 5, base: 529 })).toBeNull();
    const m = chart('number', 'Kazakhstan', 6, 529);
    expect(figureSentence(spec(), m.rows[0]!, m, { lang: 'ru', minCell: 5, base: 529 })).toBeNull();
  });

  it('writes the figure\'s declared sentence, both languages, with the country as running text needs it', () => {
    const s = spec({
      asSentence: {
        en: 'All {n|plural:respondent,respondents} who gave the amount of a transfer worked {category_in|label}; their typical transfer was {value|usd} (median).',
        ru: 'Все {n|plural:респондент,респондента,респондентов}, указавшие сумму перевода, работали {category_in|label}; типичная сумма перевода — {value|usd} (медиана).',
      },
    });
    const c = chart('usd', 'Russian Federation', 273, 553);
    expect(figureSentence(s, c.rows[0]!, c, { lang: 'en', minCell: 5, base: 553 })).toBe(
      'All 553 respondents who gave the amount of a transfer worked in the Russian Federation; their typical transfer was $273 (median).',
    );
    const ru = { ...chart('usd', 'Российская Федерация', 273, 553), lang: 'ru' as const };
    expect(figureSentence(s, ru.rows[0]!, ru, { lang: 'ru', minCell: 5, base: 553 })).toBe(
      'Все 553 респондента, указавшие сумму перевода, работали в Российской Федерации; типичная сумма перевода — 273\u00a0долл.\u00a0США (медиана).',
    );
  });

  it('a share or a count without a declared sentence takes the catalogue\'s, never quoting the label', () => {
    const c = chart('share', 'Kyrgyzstan', 1, 1098);
    const text = figureSentence(spec({ caption: { en: 'Respondents by citizenship', ru: 'Респонденты по гражданству' } }), c.rows[0]!, c, { lang: 'en', minCell: 5, base: 1098 });
    expect(text).toBe('Respondents by citizenship: Kyrgyzstan in every case (100%; n\u00a0=\u00a01,098).');
    const s = spec({ asSentence: { en: 'All {n|plural:respondent,respondents} were citizens of {category_the|label}.', ru: 'Гражданство всех {n|plural:респондента,респондентов,респондентов} — {category|label}.' } });
    expect(figureSentence(s, c.rows[0]!, c, { lang: 'en', minCell: 5, base: 1098 })).toBe('All 1,098 respondents were citizens of Kyrgyzstan.');
    const ru = { ...chart('count', 'Кыргызстан', 18, 18), lang: 'ru' as const };
    expect(figureSentence(s, ru.rows[0]!, ru, { lang: 'ru', minCell: 5, base: 18 })).toBe('Гражданство всех 18 респондентов — Кыргызстан.');
  });
});
