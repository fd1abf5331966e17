/** The currencies a remittance amount may be given in (ISO 4217). */
import type { Code } from './types.js';

export const CURRENCIES: Code[] = [
  { code: 'RUB', label: { en: 'Russian rouble', ru: 'Российский рубль' } },
  { code: 'KZT', label: { en: 'Kazakhstani tenge', ru: 'Казахстанский тенге' } },
  { code: 'KGS', label: { en: 'Kyrgyzstani som', ru: 'Кыргызский сом' } },
  { code: 'TJS', label: { en: 'Tajikistani somoni', ru: 'Таджикский сомони' } },
  { code: 'UZS', label: { en: 'Uzbekistani sum', ru: 'Узбекский сум' } },
  { code: 'USD', label: { en: 'US dollar', ru: 'Доллар США' } },
  { code: 'EUR', label: { en: 'Euro', ru: 'Евро' } },
];
export const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCIES.map((c) => c.code));
