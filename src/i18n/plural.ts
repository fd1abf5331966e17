/**
 * Plural forms for published text, chosen with Intl.PluralRules (explicit locale, CLDR rules):
 * English takes two forms (one, other); Russian three (one, few, many): 1 мигрант, 2 мигранта,
 * 5 мигрантов, 21 мигрант. Fractions take Russian "other", written like "few" (1,5 мигранта).
 *
 * Two call shapes: `plural(n, {one, few, many, other}, lang)` with named forms, and
 * `pluralForm(lang, n, [forms...])` with the forms listed in the language's order (as written in
 * templates: `{n|plural:мигрант,мигранта,мигрантов}`).
 */
import { INTL_LOCALE, NBSP, type Lang } from './lang.js';
import { formatCount, formatNumber } from './number.js';

export { type Lang } from './lang.js';

/** How many forms a `plural:` slot must list in each language. */
export const PLURAL_FORM_COUNT: Record<Lang, number> = { en: 2, ru: 3 };

/**
 * Named word forms. English uses `one` and `other`; Russian `one` (1, 21), `few` (2–4, 22–24),
 * `many` (0, 5–20, 25…) and `other` (fractions). A missing form falls back to `other`.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules(INTL_LOCALE.en),
  ru: new Intl.PluralRules(INTL_LOCALE.ru),
};

/** The form of the word for `n`: `plural(5, {one:'мигрант', few:'мигранта', many:'мигрантов', other:'мигранта'}, 'ru')` → `мигрантов`. */
export function plural(n: number, forms: PluralForms, lang: Lang): string {
  switch (rules[lang].select(n)) {
    case 'one': return forms.one;
    case 'few': return forms.few ?? forms.other;
    case 'many': return forms.many ?? forms.other;
    default: return forms.other;
  }
}

/** Picks the form for `n` from the forms listed in the language's order (en: one, other; ru: one, few, many). */
export function pluralForm(lang: Lang, n: number, forms: readonly string[]): string {
  const cat = rules[lang].select(n);
  if (lang === 'en') return (cat === 'one' ? forms[0] : forms[1]) ?? forms[0] ?? '';
  const idx = cat === 'one' ? 0 : cat === 'few' ? 1 : cat === 'many' ? 2 : 1;
  return forms[idx] ?? forms[forms.length - 1] ?? '';
}

/** The number and the word: `countOf(21, forms, 'ru')` → `21 мигрант` (no-break space between). */
export function countOf(n: number, forms: PluralForms, lang: Lang): string {
  const num = Number.isInteger(n) ? formatCount(n, lang) : formatNumber(n, lang);
  return `${num}${NBSP}${plural(n, forms, lang)}`;
}
