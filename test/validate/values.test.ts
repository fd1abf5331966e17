import { describe, expect, it } from 'vitest';
import { buildCodeIndex } from '../../src/validate/code-index.js';
import { parseDate } from '../../src/validate/date.js';
import { missingTest } from '../../src/validate/missing.js';
import { isExcelMangledId, parseNumber } from '../../src/validate/number.js';
import { SEX, YES_NO, EDUCATION } from '../../src/schema/codes.js';

describe('parseNumber', () => {
  it.each([
    ['25', 25],
    ['-3.5', -3.5],
    ['1 234,5', 1234.5],
    ['1\u00A0234,5', 1234.5],
    ['1\u202F234', 1234],
    ['2,5', 2.5],
    ['1,234,567.25', 1234567.25],
    ['1.234.567,25', 1234567.25],
    ['1.234.567', 1234567],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('%j → %d', (s, n) => expect(parseNumber(s)).toBe(n));
  it.each(['abc', '1,2,3,4', '12a', '1..2', '', '--1', '1.2.3'])('%j is not a number', (s) => expect(parseNumber(s)).toBeNaN());
  it('spots ids mangled by Excel', () => {
    expect(isExcelMangledId('3.56319E+14')).toBe(true);
    expect(isExcelMangledId('3,56319E+14')).toBe(true);
    expect(isExcelMangledId('R1-356319')).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2021-04-12', '2021-04-12'],
    ['12.04.2021', '2021-04-12'],
    ['12/04/2021', '2021-04-12'],
    ['2.4.2021', '2021-04-02'],
    ['2021-04-12T09:31:00.000+06:00', '2021-04-12'],
    ['2021-04-12T23:59:59Z', '2021-04-12'],
    ['2024-12-04 00:00:00.000000', '2024-12-04'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %j', (s, d) => expect(parseDate(s)).toBe(d));
  it.each(['2021-02-30', '2023-02-29', '31.04.2021', '2021-13-01', '2021/04/12', 'yesterday', '12.04.21', '1800-01-01', '2021-04-12T25'])(
    '%j is not a date',
    (s) => expect(parseDate(s)).toBeNull(),
  );
});

describe('missing tokens', () => {
  const isMissing = missingTest(['99']);
  it.each(['', 'NA', 'N/A', 'n/a', 'NULL', 'NaN', 'NaT', '-', 'null', '99'])('%j is missing', (s) => expect(isMissing(s)).toBe(true));
  it.each(['0', 'none', 'no', 'nan2', 'NAN '.trim() + 'x'])('%j is a value', (s) => expect(isMissing(s)).toBe(false));
});

describe('buildCodeIndex', () => {
  it('maps codes, English and Russian labels, case and spaces ignored', () => {
    const sex = buildCodeIndex(SEX, {});
    expect(['male', 'Male', ' MALE', 'Мужчины', 'мужчины', 'Female'].map((v) => sex.get(v.trim()))).toEqual(['male', 'male', 'male', 'male', 'male', 'female']);
    expect(sex.get('dnk')).toBeUndefined();
    const edu = buildCodeIndex(EDUCATION, { nonResponse: true });
    expect(edu.get('Lower secondary')).toBe('lower_secondary');
    expect(edu.get('lower-secondary')).toBe('lower_secondary');
    expect(edu.get('Неполное среднее')).toBe('lower_secondary');
    expect(edu.get('dnk')).toBe('dnk');
    expect(edu.get("Don't know")).toBe('dnk');
  });
  it('reads yes/no as 1/0, true/false, да/нет', () => {
    const yn = buildCodeIndex(YES_NO, { yesno: true });
    expect(['1', '0', 'TRUE', 'false', 'Да', 'нет', 'Yes'].map((v) => yn.get(v))).toEqual(['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);
    expect(yn.get('maybe')).toBeUndefined();
  });
  it('adds the values of a mapping file', () => {
    const sex = buildCodeIndex(SEX, { values: { M: 'male', Ж: 'female', bogus: 'alien' } });
    expect([sex.get('M'), sex.get('m'), sex.get('ж'), sex.get('bogus')]).toEqual(['male', 'male', 'female', undefined]);
  });
});
