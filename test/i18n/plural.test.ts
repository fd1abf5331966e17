import { describe, expect, it } from 'vitest';
import { countOf, plural, pluralForm, type PluralForms } from '../../src/i18n/format.js';
import { show } from './show.js';

const MIGRANT_RU: PluralForms = { one: 'мигрант', few: 'мигранта', many: 'мигрантов', other: 'мигранта' };
const MIGRANT_EN: PluralForms = { one: 'migrant', other: 'migrants' };

describe('plural', () => {
  it('chooses Russian forms by CLDR rules', () => {
    expect([0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1.5].map((n) => show(countOf(n, MIGRANT_RU, 'ru')))).toMatchInlineSnapshot(`
      [
        "0·мигрантов",
        "1·мигрант",
        "2·мигранта",
        "4·мигранта",
        "5·мигрантов",
        "11·мигрантов",
        "12·мигрантов",
        "21·мигрант",
        "22·мигранта",
        "25·мигрантов",
        "101·мигрант",
        "111·мигрантов",
        "1,5·мигранта",
      ]
    `);
  });

  it('chooses English forms', () => {
    expect([0, 1, 2, 21].map((n) => plural(n, MIGRANT_EN, 'en'))).toMatchInlineSnapshot(`
      [
        "migrants",
        "migrant",
        "migrants",
        "migrants",
      ]
    `);
  });

  it('falls back to `other` when a form is missing', () => {
    expect(plural(5, { one: 'a', other: 'b' }, 'ru')).toBe('b');
  });
});

describe('pluralForm (forms listed in the language order)', () => {
  it('agrees with the named forms', () => {
    for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 111, 1.5]) {
      expect(pluralForm('ru', n, ['мигрант', 'мигранта', 'мигрантов'])).toBe(plural(n, MIGRANT_RU, 'ru'));
      expect(pluralForm('en', n, ['migrant', 'migrants'])).toBe(plural(n, MIGRANT_EN, 'en'));
    }
  });
});
