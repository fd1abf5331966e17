import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillSentence } from '../../src/narrative/fill.js';
import { NarrativeSyntaxError, parseSentence } from '../../src/narrative/parse.js';
import type { SlotValues } from '../../src/narrative/slot-value.js';

const SEED_EN =
  'In total, {total|plural:vulnerable migrant,vulnerable migrants} ({male|plural:male migrant,male migrants}, {female|plural:female migrant,female migrants}), aged {age_min} to {age_max}[ including {minors|plural:minor,minors} ({minors_male|plural:boy,boys}/{minors_female|plural:girl,girls})], received IOM assistance.';
const SEED_RU =
  'В общей сложности помощь получили {total|plural:уязвимый мигрант,уязвимых мигранта,уязвимых мигрантов} ({male|plural:мужчина,мужчины,мужчин} и {female|plural:женщина,женщины,женщин}) в возрасте от {age_min} до {age_max|plural:года,лет,лет}[, в том числе {minors|plural:несовершеннолетний,несовершеннолетних,несовершеннолетних} ({minors_male|plural:мальчик,мальчика,мальчиков} и {minors_female|plural:девочка,девочки,девочек})].';

const v = (value: number | null): { value: number | null } => ({ value });
const seed: SlotValues = {
  total: v(295), male: v(163), female: v(132), age_min: v(2), age_max: v(69), minors: v(11), minors_male: v(3), minors_female: v(8),
};
const fill = (s: string, values: SlotValues, lang: 'en' | 'ru' = 'en', minCell = 5) =>
  fillSentence(parseSentence(s), values, { lang, minCell })?.text ?? null;

describe('narrative sentences', () => {
  it('writes the seed bulletin sentence from the numbers', () => {
    expect(fill(SEED_EN, seed)).toBe(
      'In total, 295 vulnerable migrants (163 male migrants, 132 female migrants), aged 2 to 69 including 11 minors (3 boys/8 girls), received IOM assistance.',
    );
  });

  it('chooses Russian plural forms (1, 2–4, 5+, 21)', () => {
    expect(fill(SEED_RU, seed, 'ru')).toBe(
      'В общей сложности помощь получили 295 уязвимых мигрантов (163 мужчины и 132 женщины) в возрасте от 2 до 69 лет, в том числе 11 несовершеннолетних (3 мальчика и 8 девочек).',
    );
    const one = { ...seed, total: v(21), male: v(1), female: v(20), age_max: v(21), minors: v(2), minors_male: v(1), minors_female: v(1) };
    expect(fill(SEED_RU, one, 'ru')).toBe(
      'В общей сложности помощь получили 21 уязвимый мигрант (1 мужчина и 20 женщин) в возрасте от 2 до 21 года, в том числе 2 несовершеннолетних (1 мальчик и 1 девочка).',
    );
  });

  it('drops an optional fragment whose first number is 0 or missing, keeps later zeros', () => {
    expect(fill(SEED_EN, { ...seed, minors: v(0), minors_male: v(0), minors_female: v(0) })).toBe(
      'In total, 295 vulnerable migrants (163 male migrants, 132 female migrants), aged 2 to 69, received IOM assistance.',
    );
    const { minors: _m, ...noMinors } = seed;
    expect(fill(SEED_EN, noMinors)).toContain('aged 2 to 69, received');
    expect(fill(SEED_EN, { ...seed, minors_male: v(0), minors: v(8) })).toContain('including 8 minors (0 boys/8 girls)');
  });

  it('leaves the sentence out when a number outside a fragment is missing', () => {
    expect(fill(SEED_EN, { ...seed, total: v(null) })).toBeNull();
    expect(fill('[Only {a} here].', { a: v(0) })).toBeNull();
  });

  it('never prints a hidden number: its fragment is dropped, or the sentence when it is outside one', () => {
    const hidden = { value: null, suppressed: true };
    const ru = fill(SEED_RU, { ...seed, minors_male: hidden }, 'ru');
    expect(ru).toBe('В общей сложности помощь получили 295 уязвимых мигрантов (163 мужчины и 132 женщины) в возрасте от 2 до 69 лет.');
    expect(fill(SEED_EN, { ...seed, male: { ...hidden, secondary: true } })).toBeNull();
    const breakdown = '{total|plural:migrant,migrants}[ ({male|plural:man,men}/{female|plural:woman,women})] were assisted.';
    expect(fill(breakdown, { total: v(110), male: hidden, female: { ...hidden, secondary: true } })).toBe('110 migrants were assisted.');
  });

  it('says what a figure hides in the template\'s declared words, never as "<5" or "–" (count, hidden, label)', () => {
    const en =
      'In total, {total|plural:migrant,migrants}[ aged {age_min|age} to {age_max|age:year,years}][ {age_min|hidden:in age groups from} {age_min|label} to {age_max|label}] were assisted[, including {minors|plural:minor,minors}][, including {minors|hidden:minors}][ ({boys|count:boy,boys}/{girls|count:girl,girls})].';
    const hidden = { value: null, suppressed: true, secondary: true };
    const values: SlotValues = {
      total: v(295),
      age_min: { ...hidden, label: { en: '0–4', ru: '0–4' } },
      age_max: { ...hidden, label: { en: '65+', ru: '65+' } },
      minors: hidden,
      boys: { value: null, suppressed: true },
      girls: v(6),
    };
    expect(fill(en, values)).toBe('In total, 295 migrants in age groups from 0–4 to 65+ were assisted, including minors (fewer than five boys/6 girls).');
    // shown numbers take the first wording; the fallback fragments are dropped
    const shown: SlotValues = { ...values, age_min: { value: 2, label: { en: '0–4', ru: '0–4' } }, age_max: { value: 69, label: { en: '65+', ru: '65+' } }, minors: v(11), boys: v(5) };
    expect(fill(en, shown)).toBe('In total, 295 migrants aged 2 to 69 years were assisted, including 11 minors (5 boys/6 girls).');
    // a number hidden only to protect another ("–") is not "fewer than five": the breakdown goes
    expect(fill(en, { ...values, boys: hidden })).toBe('In total, 295 migrants in age groups from 0–4 to 65+ were assisted, including minors.');
    const ru = 'Помощь получили {total|plural:мигрант,мигранта,мигрантов}[, в том числе {minors|hidden:несовершеннолетние}][ ({boys|count:мальчик,мальчика,мальчиков} и {girls|count:девочка,девочки,девочек})].';
    expect(fill(ru, values, 'ru')).toBe('Помощь получили 295 мигрантов, в том числе несовершеннолетние (менее пяти мальчиков и 6 девочек).');
  });

  it('says "fewer than five" only for a number hidden because it is small', () => {
    const s = 'Those assisted included {n|fewer:victim of trafficking,victims of trafficking}.';
    const r = 'Среди них {n|fewer:жертва торговли людьми,жертвы торговли людьми,жертв торговли людьми}.';
    expect(fill(s, { n: { value: null, suppressed: true } })).toBe('Those assisted included fewer than five victims of trafficking.');
    expect(fill(r, { n: { value: null, suppressed: true } }, 'ru')).toBe('Среди них менее пяти жертв торговли людьми.');
    expect(fill(s, { n: { value: null, suppressed: true } }, 'en', 10)).toBe('Those assisted included fewer than ten victims of trafficking.');
    expect(fill(s, { n: { value: null, suppressed: true, secondary: true } })).toBeNull();
    expect(fill(s, { n: v(7) })).toBeNull();
  });

  it('formats numbers and percentages for the language', () => {
    expect(fill('{n} and {s|percent}', { n: v(1234.5), s: v(0.456) })).toBe('1,234.5 and 46%');
    expect(fill('{n} и {s|percent}', { n: v(1234), s: v(0.456) }, 'ru')).toBe('1\u00a0234 и 46\u00a0%');
  });

  it('fills labels and context text', () => {
    const values: SlotValues = { top: { value: 40, label: { en: 'Uzbekistan', ru: 'Узбекистан' } }, country: { value: null, text: { en: 'Kazakhstan', ru: 'Казахстан' } } };
    expect(fill('{country}: mostly {top|label} ({top}).', values)).toBe('Kazakhstan: mostly Uzbekistan (40).');
  });

  it('parses any text either into tokens or into a NarrativeSyntaxError', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '{', '}', '[', ']', '|', ':', ',', 'x', '_', 'n') }), (s) => {
        try {
          parseSentence(s);
        } catch (e) {
          expect(e).toBeInstanceOf(NarrativeSyntaxError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ages', () => {
  it('writes infants in months and others in whole years', () => {
    const s = 'aged {a|age} to {b|age}';
    expect(fill(s, { a: v(0.17), b: v(78.9) })).toBe('Aged 2 months to 78');
    expect(fill(s, { a: v(0.05), b: v(1) }, 'ru')).toBe('Aged 1 мес. to 1');
  });
});

describe('narrative sentences with hidden cells', () => {
  it('drops the breakdown with a small cell or a cell hidden only to protect it (no "<5", no "–")', () => {
    const hidden: SlotValues = {
      ...seed,
      minors_male: { value: null, suppressed: true },
      minors_female: { value: null, suppressed: true, secondary: true },
    };
    expect(fill(SEED_EN, hidden)).toBe(
      'In total, 295 vulnerable migrants (163 male migrants, 132 female migrants), aged 2 to 69, received IOM assistance.',
    );
  });
});

describe('change since the previous round ({slot|change})', () => {
  const s = { en: '{lost|percent}[ ({lost|change})] lost their job.', ru: '{lost|percent}[ ({lost|change})] потеряли работу.' };
  it('is written only when the change is significant, up or down, in both languages', () => {
    const up: SlotValues = { lost: { value: 0.67, change: { before: 0.45, significant: true } } };
    expect(fill(s.en, up)).toMatch(/^67\s?% \(up from 45\s?% in the previous round\) lost their job\.$/);
    const down: SlotValues = { lost: { value: 0.3, change: { before: 0.45, significant: true } } };
    expect(fill(s.en, down)).toMatch(/\(down from 45\s?% in the previous round\)/);
    expect(fill(s.ru, up, 'ru')).toMatch(/^67\s?% \(в предыдущем раунде — 45\s?%\) потеряли работу\.$/);
  });
  it('drops the fragment without a baseline, when not significant, or when the value is hidden', () => {
    expect(fill(s.en, { lost: v(0.67) })).toMatch(/^67\s?% lost their job\.$/);
    expect(fill(s.en, { lost: { value: 0.47, change: { before: 0.45, significant: false } } })).toMatch(/^47\s?% lost their job\.$/);
    // A hidden number is never printed: the sentence it stands in (outside any fragment) is left out, change and all.
    expect(fill(s.en, { lost: { value: null, suppressed: true, change: { before: 0.45, significant: true } } })).toBeNull();
  });
});

describe('amounts in running text', () => {
  it('writes the counts of a sentence alike: words under ten only when none takes figures', () => {
    const s = 'Return was given to {avr|plural:migrant,migrants}[, including {m|plural:minor,minors}][ ({b|plural:boy,boys}/{g|plural:girl,girls})].';
    expect(fill(s, { avr: v(110), m: v(19), b: v(11), g: v(8) })).toBe('Return was given to 110 migrants, including 19 minors (11 boys/8 girls).');
    expect(fill(s, { avr: v(9), m: v(5), b: v(3), g: v(2) })).toBe('Return was given to nine migrants, including five minors (three boys/two girls).');
  });

  it('writes US dollars out in Russian («282 долл. США»), unbreakable (no-break spaces), with a $ sign in English', () => {
    expect(fill('{a|usd}', { a: v(282) })).toBe('$282');
    expect(fill('{a|usd}', { a: v(282) }, 'ru')).toBe('282\u00a0долл.\u00a0США');
  });
});
