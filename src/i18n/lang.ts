/** The two languages every bulletin is published in. */
export type Lang = 'en' | 'ru';

export const LANGS: readonly Lang[] = ['en', 'ru'];

/** BCP 47 tag used for every Intl call: explicit, so the machine's locale never leaks in. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

/**
 * The no-break space (U+00A0) used wherever two parts must not be split across lines:
 * the Russian thousands separator (`1 234,5`), before the Russian percent sign (`45 %`),
 * and around `=` in `n = 230`. Noto Sans has the glyph (advance 260/1000 em).
 * U+202F (narrow no-break space) was rejected: some PDF text extractors and spreadsheets
 * turn it into `?`, and one separator everywhere keeps parsing back simple.
 */
export const NBSP = '\u00a0';
