/**
 * Numbers for print, per language. Deterministic: every call names its locale explicitly and the
 * output separators are normalised, so neither the machine's locale nor the ICU version leaks in.
 *
 *   en  1,234.5   45%    -1,234
 *   ru  1 234,5   45 %   -1 234     (U+00A0 as group separator and before `%`, per CLDR ru and
 *                                   GOST 8.417, which sets `%` apart like a unit)
 *
 * The minus is ASCII hyphen-minus in both languages (what Intl produces for en and ru).
 */
import { INTL_LOCALE, NBSP, type Lang } from './lang.js';

export interface NumberOptions {
  /** Exact number of decimals. Default for `formatNumber`: up to 1, trailing zero dropped. */
  decimals?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, style: 'decimal' | 'percent', min: number, max: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${min}|${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], {
      style,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** Any space-like character ICU may use (U+00A0, U+202F, U+2009, space) becomes U+00A0. */
function normaliseSpaces(s: string): string {
  return s.replace(/[\u0020\u00a0\u2009\u202f]/g, NBSP);
}

/** Fixes `-0` and non-finite input, which never reach print as such. */
function clean(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot format a non-finite number: ${x}`);
  return Object.is(x, -0) ? 0 : x;
}

function decimalsOf(opts: NumberOptions | undefined, fallbackMin: number, fallbackMax: number): [number, number] {
  const d = opts?.decimals;
  if (d === undefined) return [fallbackMin, fallbackMax];
  if (!Number.isInteger(d) || d < 0 || d > 6) throw new RangeError(`decimals must be an integer 0..6, got ${d}`);
  return [d, d];
}

/** `formatNumber(1234.5, 'ru')` → `1 234,5`; default up to one decimal. */
export function formatNumber(x: number, lang: Lang, opts?: NumberOptions): string {
  const [min, max] = decimalsOf(opts, 0, 1);
  const out = formatter(lang, 'decimal', min, max).format(clean(x));
  return normaliseSpaces(out === '-0' ? '0' : out);
}

/** A count of people or records: a whole number with thousands separators (`1,234` / `1 234`). */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(Math.round(clean(n)), lang, { decimals: 0 });
}

/**
 * A share in [0, 1] as a percentage; whole percentages by default. A nonzero share that would round
 * to 0 prints `<1%` (`<1 %`), one short of 1 that would round to 100 prints `>99%`.
 * `formatPercent(0.45, 'en')` → `45%`, `formatPercent(0.45, 'ru')` → `45 %` (U+00A0).
 */
export function formatPercent(share: number, lang: Lang, opts?: NumberOptions): string {
  const [min, max] = decimalsOf(opts, 0, 0);
  const x = clean(share);
  // A share that is not nothing never prints as nothing ("<1%"), and one that is not everyone
  // never prints as everyone (">99%"): the bound is the smallest step shown.
  const step = 10 ** -(max + 2);
  if (x > 0 && x < step / 2) return `<${normaliseSpaces(formatter(lang, 'percent', min, max).format(step))}`;
  if (x < 1 && x >= 1 - step / 2) return `>${normaliseSpaces(formatter(lang, 'percent', min, max).format(1 - step))}`;
  const out = normaliseSpaces(formatter(lang, 'percent', min, max).format(x));
  return out.replace(/^-(0(?:[.,]0+)?)/, '$1');
}

/**
 * An amount in US dollars: en `$1,234`, ru `1 234 долл. США` (no-break spaces: it never splits
 * across lines), the one form of each language in text, tables and charts alike. Whole dollars by default.
 */
export function formatUsd(x: number, lang: Lang, opts?: NumberOptions): string {
  const s = formatNumber(x, lang, { decimals: opts?.decimals ?? 0 });
  return lang === 'en' ? (s.startsWith('-') ? `-$${s.slice(1)}` : `$${s}`) : `${s}${NBSP}долл.${NBSP}США`;
}

/** The base of a figure or cell: `n = 230` (no-break spaces, so it never splits across lines). */
export function formatN(n: number, lang: Lang): string {
  return `n${NBSP}=${NBSP}${formatCount(n, lang)}`;
}
