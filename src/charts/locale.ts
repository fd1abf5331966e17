/**
 * Vega's number and time locale per language, for anything Vega formats itself (axes drawn with
 * a numeric scale). Mirrors src/i18n: Russian decimal comma, U+00A0 thousands separator,
 * stand-alone month names.
 */
import type { Locale } from 'vega';
import { monthNames, monthNamesShort } from '../i18n/date.js';
import { NBSP, type Lang } from '../i18n/lang.js';

type Twelve = [string, string, string, string, string, string, string, string, string, string, string, string];

function twelve(names: readonly string[]): Twelve {
  if (names.length !== 12) throw new Error(`expected 12 month names, got ${names.length}`);
  return [...names] as Twelve;
}


export function vegaLocale(lang: Lang): Locale {
  if (lang === 'en') {
    return {
      number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
      time: {
        dateTime: '%a %e %b %Y %X',
        date: '%d/%m/%Y',
        time: '%H:%M:%S',
        periods: ['AM', 'PM'],
        days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
        months: twelve(monthNames('en')),
        shortMonths: twelve(monthNamesShort('en')),
      },
    };
  }
  return {
    number: { decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}долл.${NBSP}США`], percent: `${NBSP}%`, minus: '-' },
    time: {
      dateTime: '%A, %e %B %Y г. %X',
      date: '%d.%m.%Y',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
      shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
      months: twelve(monthNames('ru')),
      shortMonths: twelve(monthNamesShort('ru')),
    },
  };
}
