/**
 * The language of an XLSForm label column, whatever its spelling: `label`, `label::English (en)`,
 * `label::English`, `label::en`, `label::Русский (ru)`, `label::Russian`, `label:ru`. Only English
 * and Russian matter here; a plain `label` column is English unless its text is Cyrillic.
 */
export type LabelLang = 'en' | 'ru' | 'default';

const EN = /^(en|eng|english|англ[а-яё]*)$/iu;
const RU = /^(ru|rus|russian|русск[а-яё]*|рус)$/iu;

/** The language of a header of the survey or choices sheet when it is a label column; null otherwise. */
export function labelColumnLanguage(header: string): LabelLang | null {
  const m = /^\s*label\s*(?:::?\s*(.*?))?\s*$/i.exec(header);
  if (!m) return null;
  const spec = (m[1] ?? '').trim();
  if (spec === '') return 'default';
  const code = /\(([^)]+)\)\s*$/.exec(spec)?.[1]?.trim();
  const name = spec.replace(/\([^)]*\)\s*$/, '').trim();
  for (const t of [code, name]) {
    if (t === undefined || t === '') continue;
    if (EN.test(t)) return 'en';
    if (RU.test(t)) return 'ru';
  }
  return null; // another language: not used
}

export function isCyrillic(s: string): boolean {
  return /[\u0400-\u04ff]/.test(s);
}
