/** A total and its parts printed in one sentence add up, the parts as their figures print them (the total is their sum). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { resolveSlots } from '../../src/narrative/resolve.js';
import { fillSentence } from '../../src/narrative/fill.js';
import { parseSentence } from '../../src/narrative/parse.js';
import { TEMPLATE_DIR } from '../../src/schema/bulletins.js';
import type { Lang } from '../../src/i18n/lang.js';

const b4 = JSON.parse(readFileSync(join(TEMPLATE_DIR, '04-employment-situation.json'), 'utf8'));
const sentence = b4.narrative.find((s: { en: string }) => s.en.includes('{income_lost|percent}'));

const row = (category: string, value: number): ResultRow => ({
  key: category, indicator: 'b4.income_change', dims: { country: 'KGZ' }, category, stat: 'share', value, n: 1000, count: Math.round(value * 1000),
});
const ctx = (rows: ResultRow[]) => ({ rowsOf: () => rows, countryDimOf: () => 'country', country: 'KGZ', minCell: 5, labelOf: (_: string, code: string) => ({ en: code, ru: code }) });
const slots = { income_decreased: b4.slots.income_decreased, income_no: b4.slots.income_no, income_lost: b4.slots.income_lost };
const text = (rows: ResultRow[], lang: Lang) => fillSentence(parseSentence(sentence[lang]), resolveSlots(slots, ctx(rows)), { lang, minCell: 5 })!.text;
const numbers = (s: string) => [...s.matchAll(/(\d+)\s?%/g)].map((m) => Number(m[1]));

describe('a printed total and its printed parts', () => {
  it('add up in both languages, the parts as the figures round them (37.4 % + 44.3 %: 81 % = 37 % + 44 %, not 82 %, nor 38 % + 44 %)', () => {
    const rows = [row('decreased', 0.374), row('no_income', 0.443), row('increased', 0.05), row('no_change', 0.133)];
    for (const lang of ['en', 'ru'] as const) {
      const [total, a, b] = numbers(text(rows, lang));
      expect([total, a, b]).toEqual([81, 37, 44]);
    }
  });

  it('leave a total whose parts already add up as it is', () => {
    const rows = [row('decreased', 0.372), row('no_income', 0.446)];
    expect(numbers(text(rows, 'en'))).toEqual([82, 37, 45]);
  });

  it('a total above the sum by rounding takes the sum (33.4 % + 33.4 % = 66.8 %: 66 %, not 67 %)', () => {
    const rows = [row('decreased', 0.334), row('no_income', 0.334)];
    expect(numbers(text(rows, 'ru'))).toEqual([66, 33, 33]);
  });
});
