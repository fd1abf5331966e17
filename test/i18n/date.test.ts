import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatMonth, formatPeriod } from '../../src/i18n/format.js';
import { show } from './show.js';

describe('formatDate', () => {
  it('writes a day in each language', () => {
    expect(formatDate('2021-04-12', 'en')).toMatchInlineSnapshot(`"12 April 2021"`);
    expect(show(formatDate('2021-04-12', 'ru'))).toMatchInlineSnapshot(`"12 апреля 2021·г."`);
    expect(show(formatDate('2020-01-01', 'ru'))).toMatchInlineSnapshot(`"1 января 2020·г."`);
    expect(show(formatDate('2020-12-31T23:30:00Z', 'ru'))).toMatchInlineSnapshot(`"31 декабря 2020·г."`);
  });

  it('rejects what is not a calendar day', () => {
    expect(() => formatDate('2021-02-29', 'en')).toThrow(RangeError);
    expect(() => formatDate('2021-13-01', 'en')).toThrow(RangeError);
    expect(() => formatDate('2021-04', 'en')).toThrow(RangeError);
    expect(() => formatDate('12.04.2021', 'ru')).toThrow(RangeError);
  });

  it('never shifts the day, whatever the time zone (TZ is Asia/Bishkek in tests)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDate(iso, 'en').split(' ')[0]).toBe(String(Number(iso.slice(8, 10))));
      }),
    );
  });
});

describe('formatMonth / formatPeriod', () => {
  it('writes a month', () => {
    expect(formatMonth('2021-04', 'en')).toMatchInlineSnapshot(`"April 2021"`);
    expect(show(formatMonth('2021-04', 'ru'))).toMatchInlineSnapshot(`"апрель 2021·г."`);
    expect(show(formatMonth('2021-05-17', 'ru'))).toMatchInlineSnapshot(`"май 2021·г."`);
  });

  it('writes a period across years, within a year and of one month', () => {
    expect(show(formatPeriod('2020-10', '2021-04', 'en'))).toMatchInlineSnapshot(`"October 2020·– April 2021"`);
    expect(show(formatPeriod('2020-10-03', '2021-04-28', 'ru'))).toMatchInlineSnapshot(`"октябрь 2020·г.·– апрель 2021·г."`);
    expect(show(formatPeriod('2020-10', '2020-12', 'en'))).toMatchInlineSnapshot(`"October·– December 2020"`);
    expect(show(formatPeriod('2020-10', '2020-12', 'ru'))).toMatchInlineSnapshot(`"октябрь·– декабрь 2020·г."`);
    expect(show(formatPeriod('2021-04-01', '2021-04-30', 'ru'))).toMatchInlineSnapshot(`"апрель 2021·г."`);
    expect(() => formatPeriod('2021-05', '2021-04', 'en')).toThrow(RangeError);
  });
});
