/**
 * Sentences an editor signs (issue 11): a figure is not stated twice in a paragraph; an age range
 * never prints a single person's age; the regional comparison names the highest and lowest
 * country; a list that leaves answers out says "mainly"; the host country named most often is
 * worded as such.
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { resolveSlot } from '../../src/narrative/resolve.js';
import { ageBoundLabel } from '../../src/narrative/slot-options/age-range.js';
import { fillSentence } from '../../src/narrative/fill.js';
import { parseSentence } from '../../src/narrative/parse.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../../src/schema/age-groups.js';
import { wholeStacksPhrase } from '../../src/compose/sections.js';

const base = { countryDimOf: () => 'country', minCell: 5, labelOf: (_: string, code: string) => ({ en: code, ru: code }) };
const share = (indicator: string, country: string, category: string | undefined, value: number | null, extra: Partial<ResultRow> = {}): ResultRow => ({
  key: `${indicator}|${country}|${category ?? ''}`,
  indicator,
  dims: { country },
  ...(category !== undefined ? { category } : {}),
  stat: 'share',
  value,
  n: 100,
  ...(value === null ? {} : { count: Math.round(value * 100) }),
  weighted: false,
  ...extra,
});

describe('figures stated once a paragraph (fill.ts `stated`)', () => {
  const tokens = parseSentence('All {n|plural:respondent,respondents} worked in Kazakhstan[; their typical transfer was {value|usd} (median)].');
  const values = { n: { value: 529 }, value: { value: 230 } };
  it('drops the fragment that would repeat an amount the narrative printed', () => {
    const narrative = fillSentence(parseSentence('The typical amount per transfer was {m|usd} (median).'), { m: { value: 230 } }, { lang: 'en', minCell: 5 });
    expect(narrative?.stated).toEqual(['$230']);
    expect(fillSentence(tokens, values, { lang: 'en', minCell: 5, stated: new Set(narrative!.stated) })?.text).toBe('All 529 respondents worked in Kazakhstan.');
  });
  it('keeps it when the figure was not stated, and never counts people as figures', () => {
    expect(fillSentence(tokens, values, { lang: 'en', minCell: 5, stated: new Set(['$231', '529']) })?.text).toBe('All 529 respondents worked in Kazakhstan; their typical transfer was $230 (median).');
    expect(fillSentence(tokens, values, { lang: 'en', minCell: 5 })?.stated).toEqual(['$230']);
  });
});

describe('age ranges as age-group bounds (never an exact extreme age)', () => {
  it('words the bounds of the groups, "under" the first group and "and over" the open one', () => {
    const g = (code: string) => ASSISTANCE_AGE_GROUPS.find((x) => x.code === code)!;
    expect(ageBoundLabel(g('0_4'), true, ASSISTANCE_AGE_GROUPS)).toEqual({ en: 'under 5', ru: '0' });
    expect(ageBoundLabel(g('18_24'), true, ASSISTANCE_AGE_GROUPS)).toEqual({ en: '18', ru: '18' });
    expect(ageBoundLabel(g('65_plus'), false, ASSISTANCE_AGE_GROUPS)).toEqual({ en: '65 and over', ru: '65 лет и старше' });
    expect(ageBoundLabel(g('55_64'), false, ASSISTANCE_AGE_GROUPS)).toEqual({ en: '64', ru: '64 лет' });
    // the survey's youngest group is 14–17: its lower bound, not "under 18" / «от младше 18»
    expect(ageBoundLabel(SURVEY_AGE_GROUPS[0]!, true, SURVEY_AGE_GROUPS)).toEqual({ en: '14', ru: '14' });
  });

  it('labels the end of a range with its age group, even when the age is hidden', () => {
    const figure = ['0_4', '25_34', '65_plus'].map((c) => ({ ...share('b6.age_sex', 'KGZ', c, 3, { stat: 'count' }), dims: { country: 'KGZ', sex: '_total' } }));
    const range = (stat: 'min' | 'max', value: number): ResultRow => ({ key: stat, indicator: 'b6.age_range', dims: { country: 'KGZ' }, stat, value, n: 9, weighted: false });
    const rows = [...figure, range('min', 2), range('max', 69)];
    const ctx = { ...base, country: 'KGZ', rowsOf: () => rows };
    const min = resolveSlot({ indicator: 'b6.age_range', stat: 'min', hiddenWith: 'b6.age_sex', value: 'value' }, ctx);
    const max = resolveSlot({ indicator: 'b6.age_range', stat: 'max', hiddenWith: 'b6.age_sex', value: 'value' }, ctx);
    const text = fillSentence(parseSentence('{n} migrants[ aged from {min|label} to {max|label}].'), { n: { value: 9 }, min, max }, { lang: 'en', minCell: 5 })?.text;
    expect(text).toBe('9 migrants aged from under 5 to 65 and over.');
    expect(text).not.toMatch(/\b(2|69)\b/);
  });
});

describe('regional comparison: the highest and lowest country (`across`)', () => {
  const rows = [share('b2.intend', '_total', 'yes', 0.47), share('b2.intend', 'KGZ', 'yes', 0.58), share('b2.intend', 'RUS', 'yes', 0.31), share('b2.intend', 'KAZ', 'yes', 0.4)];
  const spec = (across: 'max' | 'min') => ({ indicator: 'b2.intend', category: 'yes', across, value: 'value' as const });
  it('gives the value and "in <country>" of each end', () => {
    const ctx = { ...base, country: null, rowsOf: () => rows };
    const hi = resolveSlot(spec('max'), ctx);
    const lo = resolveSlot(spec('min'), ctx);
    expect(fillSentence(parseSentence('{all|percent} intend to migrate again[, from {lo|percent} {lo|label} to {hi|percent} {hi|label}].'), { all: { value: 0.47 }, lo, hi }, { lang: 'en', minCell: 5 })?.text).toBe(
      '47% intend to migrate again, from 31% in the Russian Federation to 58% in Kyrgyzstan.',
    );
    expect(lo.label?.ru).toBe('в Российской Федерации');
  });
  it('says nothing when a country is hidden, in a country section, or when the ends are equal', () => {
    const hidden = [...rows, share('b2.intend', 'UZB', 'yes', null, { suppressed: 'primary' })];
    expect(resolveSlot(spec('max'), { ...base, country: null, rowsOf: () => hidden }).value).toBeNull();
    expect(resolveSlot(spec('max'), { ...base, country: 'KGZ', rowsOf: () => rows }).value).toBeNull();
    const flat = [share('b2.intend', 'KGZ', 'yes', 0.401), share('b2.intend', 'RUS', 'yes', 0.399)];
    expect(resolveSlot(spec('max'), { ...base, country: null, rowsOf: () => flat }).value).toBeNull();
  });
});

describe('lists and the host country', () => {
  const counts = (cats: Array<[string, number | null]>) => cats.map(([c, v]) => ({ ...share('b6.cit', 'KAZ', c, v, v === null ? { suppressed: 'primary' as const, upper: 4 } : {}), stat: 'count' as const, count: v ?? undefined }) as ResultRow);
  it('tells a complete list from a top-N ("mainly citizens of …")', () => {
    const four = { ...base, country: 'KAZ', rowsOf: () => counts([['UZB', 34], ['TJK', 32], ['KGZ', 25], ['MDA', 6]]) };
    const three = { ...base, country: 'KAZ', rowsOf: () => counts([['UZB', 34], ['TJK', 32], ['KGZ', 25]]) };
    const spec = (complete: boolean) => ({ indicator: 'b6.cit', list: 3, complete, value: 'value' as const });
    expect(resolveSlot(spec(true), four).value).toBeNull();
    expect(resolveSlot(spec(false), four).value).toBe(3);
    expect(resolveSlot(spec(true), three).value).toBe(3);
    expect(resolveSlot(spec(false), three).value).toBeNull();
    // a hidden answer is an answer the list leaves out
    const hidden = { ...base, country: 'KAZ', rowsOf: () => counts([['UZB', 34], ['TJK', 32], ['MDA', null]]) };
    expect(resolveSlot(spec(true), hidden).value).toBeNull();
  });
  it('words the section\'s own country named most often apart (`topIsSection`)', () => {
    const ctx = { ...base, country: 'KAZ', rowsOf: () => [share('b2.dest', 'KAZ', 'KAZ', 0.82), share('b2.dest', 'KAZ', 'TUR', 0.09)] };
    expect(resolveSlot({ indicator: 'b2.dest', top: 1, topIsSection: false, value: 'value' }, ctx).value).toBeNull();
    expect(resolveSlot({ indicator: 'b2.dest', top: 1, topIsSection: true, value: 'value' }, ctx).value).toBe(0.82);
    expect(resolveSlot({ indicator: 'b2.dest', top: 1, topIsSection: true, otherThanSection: true, value: 'value' }, ctx).label?.en).toBe('TUR');
    const abroad = { ...ctx, country: 'KGZ' };
    expect(resolveSlot({ indicator: 'b2.dest', top: 1, topIsSection: true, value: 'value' }, { ...abroad, rowsOf: () => [share('b2.dest', 'KGZ', 'RUS', 0.7), share('b2.dest', 'KGZ', 'KAZ', 0.2)] }).value).toBeNull();
  });
});

describe('stacked bars of one answer each, as a sentence', () => {
  it('writes the answers in sentence form with the countries that gave them', () => {
    const stacks = [
      { group: 'Kyrgyzstan', category: 'Returnees' },
      { group: 'Kazakhstan', category: 'Stranded migrants' },
      { group: 'Russian Federation', category: 'Stranded migrants' },
    ];
    expect(wholeStacksPhrase(stacks, 'en')).toBe('in Kyrgyzstan all were returnees; in Kazakhstan and the Russian Federation all were stranded migrants');
    expect(wholeStacksPhrase([{ group: 'Кыргызстан', category: 'Вернувшиеся мигранты' }], 'ru')).toBe('в Кыргызстане все — вернувшиеся мигранты');
  });
});

describe('editor\'s third read (issue 11)', () => {
  it('re-forms a partitive opener whose governed share drops out (check-template)', async () => {
    const { partitiveWithoutShare } = await import('../../src/compose/check-template.js');
    const slots = {
      total: { indicator: 'b2.total', value: 'n' as const },
      months: { indicator: 'b2.months', stat: 'median' as const, value: 'value' as const },
      top: { indicator: 'b2.last', top: 1, value: 'value' as const },
      share: { indicator: 'b3.remit', category: 'yes', value: 'value' as const },
    };
    const check = (text: string, lang: 'en' | 'ru') => partitiveWithoutShare(parseSentence(text), lang, slots);
    expect(check('Of the {total|plural:migrant,migrants} interviewed {country_in} ({period}), the median stay abroad was {months|plural:month,months}.', 'en')).toEqual({ opener: 'total', next: 'months' });
    expect(check('Из {total|plural:мигранта,мигрантов,мигрантов}, опрошенных {country_in} ({period}), медиана — {months|plural:месяц,месяца,месяцев}.', 'ru')).toEqual({ opener: 'total', next: 'months' });
    // the governed share in a fragment that may drop leaves the opener dangling too
    expect(check('Of the {total|plural:migrant,migrants} interviewed {country_in}[, {share|percent} sent money], the median was {months}.', 'en')?.next).toBe('months');
    expect(check('Of the {total|plural:migrant,migrants} interviewed {country_in} ({period}), {share|percent} sent money home.', 'en')).toBeNull();
    expect(check('Of the {total|plural:migrant,migrants} interviewed {country_in}, the country named most often was {top|label} ({top|percent}).', 'en')).toBeNull();
    expect(check('{country_in}, {total|plural:migrant,migrants} were interviewed ({period}); their median stay abroad was {months|plural:month,months}.', 'en')).toBeNull();
  });

  it('the shipped b2 alternative reads as a sentence of its own', async () => {
    const { readFileSync } = await import('node:fs');
    const t = JSON.parse(readFileSync(new URL('../../templates/02-migration-trajectory.json', import.meta.url), 'utf8')) as { narrative: Array<{ else?: Array<{ en: string; ru: string }> }> };
    const alt = t.narrative[0]!.else![0]!;
    const values = { total: { value: 738 }, months_median: { value: 29 }, country_in: { value: null, text: { en: 'in Kazakhstan', ru: 'в Казахстане' } }, period: { value: null, text: { en: 'October 2020 – April 2021', ru: 'октябрь 2020 г. – апрель 2021 г.' } } };
    expect(fillSentence(parseSentence(alt.en), values, { lang: 'en', minCell: 5 })?.text).toBe('In Kazakhstan, 738 migrants were interviewed (October 2020 – April 2021); their median stay abroad was 29 months.');
    expect(fillSentence(parseSentence(alt.ru), values, { lang: 'ru', minCell: 5 })?.text).toBe(
      'В Казахстане опрошено 738 мигрантов (октябрь 2020 г. – апрель 2021 г.); медианная продолжительность их пребывания за рубежом — 29 месяцев.',
    );
  });

  const rows = (values: Array<[string, number]>) => values.map(([c, v]) => share('b3.remit', c, 'yes', v));
  const across = (end: 'max' | 'min', minSpread?: number) => ({ indicator: 'b3.remit', category: 'yes', across: end, value: 'value' as const, ...(minSpread !== undefined ? { minSpread } : {}) });
  it('names every country tied at an end of the regional range', () => {
    const ctx = { ...base, country: null, rowsOf: () => rows([['KGZ', 0.771], ['KAZ', 0.768], ['TJK', 0.82], ['UZB', 0.818], ['RUS', 0.8]]) };
    const lo = resolveSlot(across('min', 5), ctx);
    const hi = resolveSlot(across('max', 5), ctx);
    const s = parseSentence('{all|percent} sent money[, from {lo|percent} {lo|label} to {hi|percent} {hi|label}].');
    expect(fillSentence(s, { all: { value: 0.8 }, lo, hi }, { lang: 'en', minCell: 5 })?.text).toBe('80% sent money, from 77% in Kazakhstan and Kyrgyzstan to 82% in Tajikistan and Uzbekistan.');
    expect(hi.label?.ru).toBe('в Таджикистане и Узбекистане');
  });
  it('leaves the range out when its spread is under the declared threshold', () => {
    const ctx = { ...base, country: null, rowsOf: () => rows([['RUS', 0.26], ['KGZ', 0.28], ['UZB', 0.281]]) };
    expect(resolveSlot(across('max', 5), ctx).value).toBeNull();
    expect(resolveSlot(across('min', 5), ctx).value).toBeNull();
    // without a threshold any difference is said; a spread of exactly the threshold is said
    expect(resolveSlot(across('max'), ctx).value).toBeCloseTo(0.281);
    const wide = { ...base, country: null, rowsOf: () => rows([['RUS', 0.26], ['KGZ', 0.31]]) };
    expect(resolveSlot(across('min', 5), wide).label?.en).toBe('in the Russian Federation');
  });

  it('RU age ranges read «от 0 до 65 лет и старше», never «от младше 5»', () => {
    const figure = ['0_4', '25_34', '65_plus'].map((c) => ({ ...share('b6.age_sex', 'KGZ', c, 3, { stat: 'count' }), dims: { country: 'KGZ', sex: '_total' } }));
    const range = (stat: 'min' | 'max', value: number): ResultRow => ({ key: stat, indicator: 'b6.age_range', dims: { country: 'KGZ' }, stat, value, n: 9, weighted: false });
    const ctx = { ...base, country: 'KGZ', rowsOf: () => [...figure, range('min', 2), range('max', 69)] };
    const min = resolveSlot({ indicator: 'b6.age_range', stat: 'min', hiddenWith: 'b6.age_sex', value: 'value' }, ctx);
    const max = resolveSlot({ indicator: 'b6.age_range', stat: 'max', hiddenWith: 'b6.age_sex', value: 'value' }, ctx);
    const text = fillSentence(parseSentence('{n|plural:мигрант,мигранта,мигрантов}[ в возрасте от {min|label} до {max|label}].'), { n: { value: 9 }, min, max }, { lang: 'ru', minCell: 5 })?.text;
    expect(text).toBe('9 мигрантов в возрасте от 0 до 65 лет и старше.');
  });

  // count rows as the analysis makes them: each category's n is its own count; the section's total row holds all
  const departures = (cats: Array<[string, number]>, n: number) => [
    ...cats.map(([c, v]) => ({ ...share('b6.dep', 'KGZ', c, v, { stat: 'count', count: v }), n: v }) as ResultRow),
    { ...share('b6.dep', 'KGZ', undefined, n, { stat: 'count', count: n }), n } as ResultRow,
  ];
  const list = (majority: boolean) => ({ indicator: 'b6.dep', list: 3, otherThanSection: true, complete: false, majority, value: 'value' as const });
  it('says "mainly" only when the items named are more than half; "including" otherwise', () => {
    const half = { ...base, country: 'KGZ', rowsOf: () => [...departures([['RUS', 9]], 18), { ...share('b6.dep', 'KGZ', 'KAZ', null, { suppressed: 'primary', upper: 4 }), stat: 'count', n: 18 } as ResultRow] };
    // a hidden answer would outrank nothing here: RUS 9 is above its public upper bound
    expect(resolveSlot(list(true), half).value).toBeNull();
    const some = resolveSlot(list(false), half);
    expect(some.value).toBe(1);
    const s = parseSentence('All returned to Kyrgyzstan[, mainly from {main|label}][, including from {some|label}].');
    expect(fillSentence(s, { main: resolveSlot(list(true), half), some }, { lang: 'en', minCell: 5 })?.text).toBe('All returned to Kyrgyzstan, including from RUS (9).');
    // without a total row, a hidden answer counts at its public upper bound: 9 of at most 13 is most
    expect(resolveSlot(list(true), { ...half, rowsOf: () => half.rowsOf().filter((r) => r.category !== undefined) }).value).toBe(1);
    const most = { ...base, country: 'KGZ', rowsOf: () => departures([['RUS', 10], ['KAZ', 4], ['UZB', 3], ['TJK', 1]], 18) };
    expect(resolveSlot(list(true), most).value).toBe(3);
    expect(resolveSlot(list(false), most).value).toBeNull();
  });
  it('a RU list of countries after «из» is declined, one item as a phrase, not «из следующей страны: …»', () => {
    const hidden = { ...share('b6.dep', 'KGZ', 'KAZ', null, { suppressed: 'primary', upper: 4 }), stat: 'count', n: 18 } as ResultRow;
    const one = { ...base, country: 'KGZ', rowsOf: () => [...departures([['RUS', 12]], 18), hidden] };
    const v = resolveSlot({ ...list(true), majority: true }, one);
    const ru = parseSentence('Все вернулись в Кыргызстан[; в основном они вернулись из {main|label:gen}].');
    expect(fillSentence(ru, { main: v }, { lang: 'ru', minCell: 5 })?.text).toBe('Все вернулись в Кыргызстан; в основном они вернулись из Российской Федерации (12).');
    const three = resolveSlot({ indicator: 'b6.dep', list: 3, value: 'value' }, { ...base, country: 'KGZ', rowsOf: () => departures([['UZB', 40], ['MDA', 38], ['TJK', 13]], 95) });
    expect(three.genitive?.ru).toBe('Узбекистана (40), Республики Молдова (38) и Таджикистана (13)');
    // a name without its declined form keeps the list form
    const odd = resolveSlot({ indicator: 'b6.dep', list: 3, value: 'value' }, { ...base, country: 'KGZ', rowsOf: () => departures([['XYZ', 40]], 95) });
    expect(odd.genitive?.ru).toBe('следующей страны: XYZ (40)');
  });
});
