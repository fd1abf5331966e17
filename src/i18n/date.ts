/**
 * Dates for print, per language, from ISO strings. No Date objects, no time zone: a `YYYY-MM-DD`
 * is a calendar day and stays that day wherever the build runs. Month names are tables here
 * (not ICU), so they cannot change with the Node version.
 *
 *   formatDate('2021-04-12')        en `12 April 2021`              ru `12 апреля 2021 г.`
 *   formatMonth('2021-04')          en `April 2021`                 ru `апрель 2021 г.`
 *   formatPeriod('2020-10','2021-04') en `October 2020 – April 2021` ru `октябрь 2020 г. – апрель 2021 г.`
 */
import { NBSP, type Lang } from './lang.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Nominative, lower case: `апрель 2021 г.` (stand-alone month). */
const MONTHS_RU_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** Genitive: `12 апреля 2021 г.` (month after a day). */
const MONTHS_RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Russian abbreviations per the Academy of Sciences' list (май, июнь, июль, март are not abbreviated). */
const MONTHS_RU_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** Abbreviated stand-alone month names, for crowded chart axes. */
export function monthNamesShort(lang: Lang): readonly string[] {
  return lang === 'en' ? MONTHS_EN_SHORT : MONTHS_RU_SHORT;
}

/** Month names for a language, nominative (stand-alone) form; for chart axes. */
export function monthNames(lang: Lang): readonly string[] {
  return lang === 'en' ? MONTHS_EN : MONTHS_RU_NOM;
}

interface Ymd { year: number; month: number; day?: number }

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses `YYYY-MM` or `YYYY-MM-DD` (a timestamp's date part is accepted too). */
function parseIso(s: string, needDay: boolean): Ymd {
  const m = ISO.exec(s.length > 10 && s[10] === 'T' ? s.slice(0, 10) : s);
  if (!m) throw new RangeError(`expected an ISO date YYYY-MM${needDay ? '-DD' : '[-DD]'}, got "${s}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new RangeError(`month out of range in "${s}"`);
  if (m[3] === undefined) {
    if (needDay) throw new RangeError(`expected a day in "${s}"`);
    return { year, month };
  }
  const day = Number(m[3]);
  const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysIn) throw new RangeError(`day out of range in "${s}"`);
  return { year, month, day };
}

const YEAR_RU = (y: number): string => `${y}${NBSP}г.`;

/** `formatDate('2021-04-12', 'ru')` → `12 апреля 2021 г.` */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = parseIso(iso, true);
  const i = month - 1;
  return lang === 'en' ? `${day} ${MONTHS_EN[i]} ${year}` : `${day} ${MONTHS_RU_GEN[i]} ${YEAR_RU(year)}`;
}

/** `formatMonth('2021-04', 'ru')` → `апрель 2021 г.`; a full date is accepted and its day ignored. */
export function formatMonth(iso: string, lang: Lang): string {
  const { year, month } = parseIso(iso, false);
  const i = month - 1;
  return lang === 'en' ? `${MONTHS_EN[i]} ${year}` : `${MONTHS_RU_NOM[i]} ${YEAR_RU(year)}`;
}

/**
 * The period a bulletin covers, by month (days are ignored): `October 2020 – April 2021`.
 * Within one year the year is written once (`October – December 2020`); a single month is
 * just that month. Russian writes `г.` after each year: `октябрь 2020 г. – апрель 2021 г.`.
 */
export function formatPeriod(from: string, to: string, lang: Lang): string {
  const a = parseIso(from, false);
  const b = parseIso(to, false);
  if (a.year * 12 + a.month > b.year * 12 + b.month) throw new RangeError(`period starts after it ends: ${from} – ${to}`);
  const dash = `${NBSP}– `;
  if (a.year === b.year && a.month === b.month) return formatMonth(to, lang);
  if (a.year === b.year) {
    const first = lang === 'en' ? MONTHS_EN[a.month - 1] : MONTHS_RU_NOM[a.month - 1];
    return `${first}${dash}${formatMonth(to, lang)}`;
  }
  return `${formatMonth(from, lang)}${dash}${formatMonth(to, lang)}`;
}
