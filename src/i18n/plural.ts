/**
 * Plural forms for published text, chosen with Intl.PluralRules:
 * English takes two forms (one, other); Russian three (one, few, many): 1 мигрант, 2 мигранта,
 * 5 мигрантов. Fractions take Russian "other", which is written like "few" (1,5 мигранта).
 */
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** How many forms a `plural:` slot must list in each language. */
export const PLURAL_FORM_COUNT: Record<Lang, number> = { en: 2, ru: 3 };

const rules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/** Picks the form for `n` from the forms listed in the language's order. */
export function pluralForm(lang: Lang, n: number, forms: readonly string[]): string {
  const cat = rules[lang].select(n);
  if (lang === 'en') return (cat === 'one' ? forms[0] : forms[1]) ?? forms[0] ?? '';
  const idx = cat === 'one' ? 0 : cat === 'few' ? 1 : cat === 'many' ? 2 : 1;
  return forms[idx] ?? forms[forms.length - 1] ?? '';
}
