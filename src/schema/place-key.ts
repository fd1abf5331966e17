/**
 * Normalised keys of a place name, so that spellings found in survey exports meet the names of
 * the place table: case, diacritics (ö→o, ü→u, ё→е, ş→s, ğ→g), Kazakh/Kyrgyz/Tajik letters
 * (қ→к, ү→у, ң→н, ҳ→х …), punctuation, apostrophes, hyphens and spaces are ignored, and the words
 * that only say what kind of division it is ("oblast", "область", "обл.", "region", "viloyati",
 * "велаят", "krai", "Республика", "г.", "city", "город" …) are set apart from the name proper.
 */
import type { PlaceKind } from './place-entries.js';

export interface PlaceKey {
  /** Every word, abbreviations expanded, joined without spaces: `иссыккульскаяобласть`. */
  readonly full: string;
  /** Without the kind words: `иссыккульская`. */
  readonly core: string;
  /** What the kind words say, if any. */
  readonly kind: PlaceKind | undefined;
}

const LETTERS: Readonly<Record<string, string>> = {
  ı: 'i', ə: 'a', ł: 'l', ø: 'o', đ: 'd', ß: 'ss',
  қ: 'к', ғ: 'г', ү: 'у', ұ: 'у', ң: 'н', ө: 'о', һ: 'х', ҳ: 'х', і: 'и', ә: 'а', ҷ: 'ч', ӣ: 'и', ӯ: 'у', ў: 'у', ё: 'е', й: 'и',
};

/** Abbreviations written out, so that `обл.` and `область` give the same key. */
const EXPAND: Readonly<Record<string, string>> = {
  обл: 'область', г: 'город', гор: 'город', resp: 'republic', респ: 'республика', prov: 'province', reg: 'region',
};

const REGION_WORDS = new Set([
  'oblast', 'oblasti', 'oblasty', 'oblys', 'oblysy', 'obl', 'область', 'облысы', 'облусу', 'region', 'province',
  'viloyat', 'viloyati', 'вилоят', 'вилояти', 'velayat', 'velayaty', 'welayat', 'welayaty', 'велаят', 'велаяты',
  'krai', 'kray', 'kraj', 'край', 'republic', 'respublika', 'respublikasi', 'республика', 'okrug', 'округ',
]);
const CITY_WORDS = new Set(['city', 'sh', 'город', 'gorod', 'shahri', 'shahar', 'shaary', 'шаары', 'шахри', 'qalasy', 'kalasy', 'каласы']);
const NOISE_WORDS = new Set(['of', 'the']);

function foldLetters(s: string): string {
  let out = '';
  for (const ch of s) out += own(LETTERS, ch) ?? ch;
  return out;
}

/** Lower case, no diacritics, words only. */
function placeWords(value: string): string[] {
  const folded = foldLetters(value.toLowerCase()).normalize('NFD').replace(/\p{M}+/gu, '');
  return folded
    .replace(/['ʻʼ‘’`´]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => own(EXPAND, w) ?? w);
}

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/**
 * One Latin spelling for the many transliterations in use: Cyrillic is transliterated, then the
 * usual variants are folded (Dzhalal/Djalal/Jalal, Qaraghandy/Karagandy, Chuyskaya/Чуйская,
 * Xorazm/Khorazm, welayat/velayat).
 */
function foldSpelling(word: string): string {
  let latin = '';
  for (const ch of word) latin += own(CYRILLIC, ch) ?? ch;
  return latin
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh|x/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/[yj](?=[aeiou])/g, (m) => (m === 'j' ? 'j' : ''))
    .replace(/y/g, 'i')
    .replace(/w/g, 'v');
}

/** A table entry of the key itself, never of Object.prototype (`constructor` is a place name to us). */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function placeKey(value: string): PlaceKey {
  const words = placeWords(value);
  let kind: PlaceKind | undefined;
  const core: string[] = [];
  for (const w of words) {
    if (CITY_WORDS.has(w)) kind = 'city';
    else if (REGION_WORDS.has(w)) kind = kind ?? 'region';
    else if (!NOISE_WORDS.has(w)) core.push(foldSpelling(w));
  }
  return { full: words.map(foldSpelling).join(''), core: core.join(''), kind };
}
