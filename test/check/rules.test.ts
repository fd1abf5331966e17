/**
 * The publication check: each rule fires on a crafted bad case and stays silent on the good one.
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { textMeasure } from '../../src/charts/measure.js';
import { toVegaLite } from '../../src/charts/spec.js';
import { renderSvg } from '../../src/charts/render-svg.js';
import type { ChartInput } from '../../src/charts/types.js';
import { checkPublication, type Publication, type PublishedFigure } from '../../src/check/index.js';
import { CHECK_RULES } from '../../src/check/finding.js';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import { str } from '../../src/i18n/strings.js';
import type { FigureSpec } from '../../src/schema/template.js';

const measure = textMeasure();

const indicator = (over: Partial<IndicatorInfo> = {}): IndicatorInfo => ({
  id: 'b4.x', dimensions: ['country'], statistic: 'share_valid', variable: 'sector_before', base: 'valid', instrument: 'survey', bulletin: 4, ...over,
});
const spec = (over: Partial<FigureSpec> = {}): FigureSpec => ({ id: 'x', indicator: 'b4.x', chart: 'hbar', caption: { en: 'Sectors', ru: 'Сферы' }, notes: [], sort: false, ...over });
const chart = (over: Partial<ChartInput> = {}): ChartInput => ({
  id: 'b4-kgz-x', type: 'hbar', lang: 'en', valueKind: 'share',
  rows: [{ category: 'Construction', value: 0.5, n: 100 }, { category: 'Trade', value: 0.3, n: 100 }, { category: 'Other', value: 0.2, n: 100, residual: true }],
  ...over,
});
const figure = (over: Partial<PublishedFigure> = {}): PublishedFigure => ({
  id: 'b4-kgz-x', kind: 'chart', page: 5, caption: 'Figure 1: Sectors', notes: [], base: 'n = 100', spec: spec(), indicator: indicator(), rows: [], sectionRows: [], chart: chart(), ...over,
});
const pub = (over: Partial<Publication> = {}): Publication => ({ bulletin: 4, lang: 'en', sentences: [], figures: [figure()], ...over });
const rules = (p: Publication) => checkPublication(p, measure).map((f) => f.rule);

describe('publication check', () => {
  it('is silent on a good figure and a good sentence', () => {
    expect(rules(pub({ sentences: [{ text: 'During the period of October 2020 – April 2021, 295 migrants (163 men and 132 women) aged 18–24 were assisted.', page: 4 }] }))).toEqual([]);
  });

  it('share.non-response-group: a "don\'t know" sector as a group of a share', () => {
    const row = (sector: string): ResultRow => ({ key: sector, indicator: 'b4.x', dims: { country: 'KGZ', sector_before: sector }, category: 'yes', stat: 'share', value: 0.5, n: 10, weighted: false });
    const bad = pub({ figures: [figure({ rows: [row('trade'), row('dnk'), row('_missing')] })] });
    const found = checkPublication(bad, measure).filter((f) => f.rule === 'share.non-response-group');
    expect(found.map((f) => f.value)).toEqual(['sector_before=_missing', 'sector_before=dnk']);
    expect(found[0]).toMatchObject({ figure: 'b4-kgz-x', page: 5, bulletin: 4, lang: 'en' });
    expect(rules(pub({ figures: [figure({ rows: [row('trade')] })] }))).toEqual([]);
  });

  it('share.non-response-group: a "No answer" partner as a row of a count table', () => {
    const row = (partner: string): ResultRow => ({ key: partner, indicator: 'b6.partner_admin1', dims: { office: 'RUS', partner }, category: 'RU-MOW', stat: 'count', value: 723, n: 723, weighted: false });
    const ind = indicator({ id: 'b6.partner_admin1', dimensions: ['office', 'partner'], statistic: 'count', variable: 'admin1', base: 'records', instrument: 'assistance', bulletin: 6 });
    const bad = pub({ bulletin: 6, figures: [figure({ kind: 'table', chart: null, indicator: ind, rows: [row('Ural House'), row('_missing')] })] });
    expect(checkPublication(bad, measure).filter((f) => f.rule === 'share.non-response-group').map((f) => f.value)).toEqual(['partner=_missing']);
    expect(rules(pub({ bulletin: 6, figures: [figure({ kind: 'table', chart: null, indicator: ind, rows: [row('Ural House')] })] }))).toEqual([]);
  });

  it('sentence.suppressed-symbol: "<5" and "–" standing for numbers in a sentence', () => {
    for (const text of ['11 minors (<5 boys/– girls) were assisted.', '110 migrants (– male migrants, – female migrants).', 'Кыргызстан (–; n = 0).', 'aged 2 to –.']) {
      expect(rules(pub({ sentences: [{ text, page: 3 }] })), text).toContain('sentence.suppressed-symbol');
    }
    expect(rules(pub({ sentences: [{ text: '“<5”: fewer than 5 respondents; “–”: hidden.', page: 3 }] }))).toEqual([]);
    // a share below the smallest step printed is not a hidden count
    expect(rules(pub({ sentences: [{ text: 'Of them, <1% were minors; в Казахстане — <1\u00a0%.', page: 3 }] }))).toEqual([]);
  });

  it('chart.ranked-unsorted: a "ranked" title over bars in questionnaire order', () => {
    const unsorted = chart({ rows: [{ category: 'Food', value: 0.2, order: 0 }, { category: 'Work', value: 0.6, order: 1 }, { category: 'Other', value: 0.1, order: 2, residual: true }] });
    expect(rules(pub({ figures: [figure({ caption: 'Figure 3: Priority needs, ranked', chart: unsorted })] }))).toEqual(['chart.ranked-unsorted']);
    expect(rules(pub({ figures: [figure({ caption: 'Figure 3: Priority needs, ranked', chart: { ...unsorted, sortByValue: true } })] }))).toEqual([]);
    const otherFirst = chart({ sortByValue: true, rows: [{ category: 'Other', value: 0.9 }, { category: 'Food', value: 0.2 }] });
    expect(rules(pub({ figures: [figure({ spec: spec({ sort: true }), chart: { ...otherFirst, rows: otherFirst.rows.map((r) => (r.category === 'Other' ? { ...r, residual: true } : r)) } })] }))).toEqual([]);
  });

  it('chart.single-category: one bar, or a stack of one segment', () => {
    expect(rules(pub({ figures: [figure({ chart: chart({ rows: [{ category: 'Kyrgyzstan', value: 1, n: 60 }] }) })] }))).toEqual(['chart.single-category']);
    const stack = chart({ type: 'stacked100', rows: ['KGZ', 'TJK', 'KAZ'].map((g) => ({ category: 'Yes', group: g, value: 0.2 })) });
    expect(rules(pub({ figures: [figure({ chart: stack })] }))).toEqual(['chart.single-category']);
    // every bar one answer at 100 %, not the same answer in every bar
    const groupPerBar = chart({ type: 'stacked100', rows: ['KGZ', 'TJK', 'KAZ'].flatMap((g) => ['Returning', 'Stranded'].map((c) => ({ category: c, group: g, value: (g === 'KAZ') === (c === 'Stranded') ? 1 : 0 }))) });
    expect(rules(pub({ figures: [figure({ chart: groupPerBar })] }))).toEqual(['chart.single-category']);
    // one bar compares two answers: the chart is drawn
    const mixed = { ...groupPerBar, rows: groupPerBar.rows.map((r) => (r.group === 'TJK' ? { ...r, value: 0.5 } : r)) };
    expect(rules(pub({ figures: [figure({ chart: mixed })] }))).toEqual([]);
    // a bar with a hidden cell may hide a second answer: drawn
    const hidden = { ...groupPerBar, rows: groupPerBar.rows.map((r) => (r.group === 'TJK' && r.value === 0 ? { ...r, value: null, suppressed: 'secondary' as const } : r)) };
    expect(rules(pub({ figures: [figure({ chart: hidden })] }))).toEqual([]);
  });

  it('note.not-applicable: a multiple-answers note on single answers, percentages on counts', () => {
    const multi = str('noteMulti', 'en');
    expect(rules(pub({ figures: [figure({ notes: [multi] })] }))).toEqual(['note.not-applicable']);
    expect(rules(pub({ figures: [figure({ notes: [multi], indicator: indicator({ statistic: 'multi_share' }) })] }))).toEqual([]);
    const counts = chart({ valueKind: 'count', rows: [{ category: 'Food', value: 20 }, { category: 'Cash', value: 12 }] });
    expect(rules(pub({ figures: [figure({ chart: counts, indicator: indicator({ statistic: 'multi_count' }), notes: [str('noteMultiAssistance', 'en')] })] }))).toEqual(['note.not-applicable']);
    expect(rules(pub({ figures: [figure({ chart: counts, indicator: indicator({ statistic: 'multi_count' }), notes: [str('noteMultiCount', 'en')] })] }))).toEqual([]);
  });

  it('note.not-applicable: "respondents" on a figure of people assisted', () => {
    const assisted = indicator({ id: 'b6.sex_share', statistic: 'share', variable: 'sex', base: 'all', instrument: 'assistance', bulletin: 6 });
    expect(rules(pub({ figures: [figure({ indicator: assisted, caption: 'Figure 2: Share of respondents who received direct assistance, by sex' })] }))).toEqual(['note.not-applicable']);
    expect(rules(pub({ figures: [figure({ indicator: assisted, caption: 'Figure 2: Share of people assisted, by sex', notes: [str('noteSuppressedRecords', 'en', { m: 5 })] })] }))).toEqual([]);
  });

  it('figure.small-base-unmarked: a share on fewer than 30 people without its n and mark', () => {
    const rows = [{ category: 'Trade', value: 0.7, n: 134 }, { category: 'Other', value: 0.57, n: 7 }];
    expect(rules(pub({ figures: [figure({ chart: chart({ rows }) })] }))).toEqual(['figure.small-base-unmarked']);
    const marked = rows.map((r) => (r.n < 30 ? { ...r, display: '57% (n = 7) †' } : r));
    expect(rules(pub({ figures: [figure({ chart: chart({ rows: marked }) })] }))).toEqual([]);
  });

  it('figure.no-base: a chart without its n', () => {
    expect(rules(pub({ figures: [figure({ base: undefined })] }))).toEqual(['figure.no-base']);
  });

  it('text.truncated and text.collision: measured on the drawn SVG', async () => {
    // Vega cuts a label longer than its limit with "…"; month names run into each other.
    const cut = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><g transform="translate(2,2)"><text text-anchor="middle" transform="translate(40,20)" font-size="9.5px">Septem…</text></g></svg>`;
    expect(rules(pub({ figures: [figure({ svg: cut })] }))).toEqual(['text.truncated']);
    const run = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><g transform="translate(2,2)"><text text-anchor="middle" transform="translate(40,20)" font-size="9.5px">August</text><text text-anchor="middle" transform="translate(60,20)" font-size="9.5px">September</text></g></svg>`;
    expect(rules(pub({ figures: [figure({ svg: run })] }))).toEqual(['text.collision']);
    const outside = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><g transform="translate(80,2)"><text transform="translate(0,20)" font-size="9.5px">От 2 до 5 лет</text></g></svg>`;
    expect(rules(pub({ figures: [figure({ svg: outside })] }))).toEqual(['text.truncated']);
    // A map label's white halo under its text is one label, not a collision.
    const halo = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text text-anchor="middle" transform="translate(60,20)" font-size="8.5px" font-weight="600">Atyrau</text><text text-anchor="middle" transform="translate(60,20)" font-size="8.5px">Atyrau</text></svg>`;
    expect(rules(pub({ figures: [figure({ svg: halo })] }))).toEqual([]);
    // A chart the build draws: twelve month columns with full names collide or are cut.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const svg = await renderSvg(toVegaLite(chart({ type: 'column', valueKind: 'count', rows: months.map((m, i) => ({ category: `${m} 2020`, value: i + 1 })) })));
    expect(new Set(rules(pub({ figures: [figure({ svg })] })))).toEqual(new Set(['text.truncated', 'text.collision']));
    const iso = await renderSvg(toVegaLite(chart({ type: 'column', valueKind: 'count', rows: months.map((_, i) => ({ category: `2020-${String(i + 1).padStart(2, '0')}`, value: i + 1 })) })));
    expect(rules(pub({ figures: [figure({ svg: iso })] }))).toEqual([]);
  });

  it('name.not-in-force: "Astana" and "Türkiye" in a bulletin of 2021 data', () => {
    const at2021 = (over: Partial<Publication>) => pub({ asOf: '2021-05-31', ...over });
    const found = checkPublication(at2021({ sentences: [{ text: 'Most were interviewed in Astana; some had worked in Türkiye.', page: 3 }] }), measure);
    expect(found.filter((f) => f.rule === 'name.not-in-force').map((f) => f.value).sort()).toEqual(['Astana', 'Türkiye']);
    expect(rules(at2021({ figures: [figure({ chart: chart({ rows: [{ category: 'Türkiye', value: 0.5, n: 100 }, { category: 'Kazakhstan', value: 0.5, n: 100 }] }) })] }))).toEqual(['name.not-in-force']);
    expect(rules(at2021({ figures: [figure({ kind: 'table', chart: null, table: [['Ural House', 'Astana', '12']] })] }))).toEqual(['name.not-in-force']);
    // (and undeclined: «в Астане»)
    expect(rules(at2021({ lang: 'ru', sentences: [{ text: 'В Астана опросили 152 человека.', page: 3 }] }))).toEqual(['name.not-in-force', 'sentence.undeclined-name']);
    // The names in force then, an e-mail address, and the same names for 2023 data, are fine.
    expect(rules(at2021({ sentences: [{ text: 'Interviews in Nur-Sultan and Turkey; write to iomastana@iom.int.', page: 3 }] }))).toEqual([]);
    expect(rules(pub({ asOf: '2023-01-31', sentences: [{ text: 'Interviews in Astana; some had worked in Türkiye.', page: 3 }] }))).toEqual([]);
    expect(rules(pub({ asOf: '2023-01-31', sentences: [{ text: 'Interviews in Nur-Sultan.', page: 3 }] }))).toEqual(['name.not-in-force']);
  });

  it('sentence.opens-with-numeral: a sentence never opens with a figure', () => {
    for (const text of ['69% lost their job because of COVID-19.', 'Of those interviewed, 30% were women. 12 were minors.', '22 % респондентов указали хотя бы на один фактор.']) {
      expect(rules(pub({ sentences: [{ text, page: 2 }] })), text).toEqual(['sentence.opens-with-numeral']);
    }
    for (const text of ['Of those working before March 2020, 69% lost their job.', 'Kyrgyzstan: 22% reported a vulnerability.', 'See International Migration Law No. 34 for the terms.', 'В марте 2021 г. 5 человек вернулись.']) {
      expect(rules(pub({ sentences: [{ text, page: 2 }] })), text).toEqual([]);
    }
  });

  it('figure.hidden-mark: a hidden cell prints "<5" in every chart and table, never "<5 people"', async () => {
    const hidden = chart({ rows: [{ category: 'Trade', value: 0.7, n: 134 }, { category: 'Farming', value: 0.2, n: 134 }, { category: 'Transport', value: null, n: 134, suppressed: 'primary' as const }] });
    // the drawn chart of shares prints the one mark, in both languages
    const svg = await renderSvg(toVegaLite(hidden));
    expect(svg).toContain('&lt;5<');
    expect(rules(pub({ figures: [figure({ chart: hidden, svg })] }))).toEqual([]);
    const ru = await renderSvg(toVegaLite({ ...hidden, lang: 'ru' }));
    expect(ru).not.toContain('чел.');
    expect(rules(pub({ lang: 'ru', figures: [figure({ chart: { ...hidden, lang: 'ru' }, svg: ru })] }))).toEqual([]);
    // a variant, on a bar or in a table cell, is a finding; "<1%" is a share, not a mark
    expect(rules(pub({ figures: [figure({ chart: { ...hidden, rows: hidden.rows.map((r) => (r.value === null ? { ...r, display: '<5 people' } : r)) } })] }))).toEqual(['figure.hidden-mark']);
    expect(rules(pub({ figures: [figure({ table: [['Trade', '<5\u00a0чел.']] })] }))).toEqual(['figure.hidden-mark']);
    expect(rules(pub({ figures: [figure({ table: [['Trade', '<1%'], ['Farming', '<5'], ['Transport', '–']] })] }))).toEqual([]);
  });

  it('chart.zero-everywhere: an option nobody chose in any country drawn as empty bars', () => {
    const rows = (kgz: number) => [{ category: 'Trade', value: 0.7, n: 100 }, { category: 'Mining', value: 0, n: 100 }, { category: 'Farming', value: kgz, n: 100 }, { category: 'Transport', value: 0.2, n: 100 }];
    const kgz = figure({ id: 'b4-kgz-x', chart: chart({ rows: rows(0.3) }) });
    const tjk = figure({ id: 'b4-tjk-x', chart: chart({ id: 'b4-tjk-x', rows: rows(0) }) });
    const found = checkPublication(pub({ figures: [kgz, tjk] }), measure).filter((f) => f.rule === 'chart.zero-everywhere');
    expect(found.map((f) => `${f.figure}:${f.value}`)).toEqual(['b4-kgz-x:Mining', 'b4-tjk-x:Mining']);
    // zero in one country only is a finding of that country, and says something: it stays
    const drop = (f: PublishedFigure) => ({ ...f, chart: { ...f.chart!, rows: f.chart!.rows.filter((r) => r.category !== 'Mining') } });
    expect(rules(pub({ figures: [drop(kgz), drop(tjk)] }))).toEqual([]);
  });

  it('chart.whole-bars: bars that are all 100% (or all 0%)', () => {
    const byCountry = (v: number) => chart({ rows: ['Kyrgyzstan', 'Tajikistan', 'Kazakhstan'].map((category) => ({ category, value: v, n: 50 })) });
    expect(rules(pub({ figures: [figure({ chart: byCountry(1) })] }))).toEqual(['chart.whole-bars']);
    expect(rules(pub({ figures: [figure({ chart: byCountry(0) })] }))).toContain('chart.whole-bars');
    expect(rules(pub({ figures: [figure({ chart: { ...byCountry(1), rows: byCountry(1).rows.map((r, i) => (i === 0 ? { ...r, value: 0.9 } : r)) } })] }))).toEqual([]);
  });

  it('sentence.undeclined-name: a Russian name pasted in the nominative after a preposition', () => {
    const ru = (text: string) => rules(pub({ lang: 'ru', sentences: [{ text, page: 3 }] }));
    for (const text of ['Чаще всего они прибыли из Российская Федерация (209 человек).', 'Большинство работали в Российская Федерация.', 'Интервью проведены у «Чуйская область».', 'Мигранты из Казахстан.']) {
      expect(ru(text), text).toEqual(['sentence.undeclined-name']);
    }
    for (const text of ['Страна, из которой они прибывали чаще всего, — Российская Федерация (209 человек).', 'Они вернулись в Кыргызстан.', 'Основные страны возвращения: Казахстан (12), Российская Федерация (9).', 'Большинство работали в Российской Федерации.']) {
      expect(ru(text), text).toEqual([]);
    }
    expect(rules(pub({ sentences: [{ text: 'They came from Российская Федерация.', page: 3 }] }))).toEqual([]);
  });

  it('term.inconsistent: a synonym of "formal"/"informal" beside the term the bulletins use', () => {
    const ru = (over: Partial<Publication>) => rules(pub({ lang: 'ru', ...over }));
    expect(ru({ sentences: [{ text: 'Неформальная работа по найму — 12 %.', page: 3 }] })).toEqual(['term.inconsistent']);
    expect(ru({ figures: [figure({ caption: 'Рисунок 4: Формальные, цифровые и неофициальные каналы' })] })).toEqual(['term.inconsistent']);
    expect(ru({ sentences: [{ text: 'Неофициальная работа по найму — 12 %, официальная — 30 %.', page: 3 }] })).toEqual([]);
    expect(rules(pub({ sentences: [{ text: 'Most worked in unregistered jobs.', page: 3 }] }))).toEqual(['term.inconsistent']);
    expect(rules(pub({ sentences: [{ text: 'Most had informal jobs; some formal ones.', page: 3 }] }))).toEqual([]);
  });

  it('figure.out-of-order: a figure placed above (or level and left of) the one numbered before it', () => {
    const f = (n: number, at: PublishedFigure['at'], kind: PublishedFigure['kind'] = 'chart') => figure({ id: `b5-kgz-${n}`, kind, caption: `Figure ${n}: x`, at });
    // RU b5 p12 as it was: Figure 24 in the left column, higher than Figure 23 in the right one
    const bad = checkPublication(pub({ figures: [f(21, { page: 12, x: 317, y: 80 }), f(22, { page: 12, x: 317, y: 250 }), f(23, { page: 12, x: 317, y: 420 }), f(24, { page: 12, x: 57, y: 400 })] }), measure);
    expect(bad.map((x) => [x.rule, x.figure, x.page])).toEqual([['figure.out-of-order', 'b5-kgz-24', 12]]);
    expect(rules(pub({ figures: [f(1, { page: 5, x: 317, y: 80 }), f(2, { page: 5, x: 57, y: 81 })] }))).toEqual(['figure.out-of-order']);
    expect(rules(pub({ figures: [f(1, { page: 6, x: 57, y: 80 }), f(2, { page: 5, x: 57, y: 500 })] }))).toEqual(['figure.out-of-order']);
    // a row of two, then a staggered grid, then the next page; tables are numbered apart from figures
    const good = [f(1, { page: 5, x: 57, y: 80 }), f(2, { page: 5, x: 317, y: 80 }), f(3, { page: 5, x: 57, y: 300 }), f(4, { page: 5, x: 317, y: 310 }), f(5, { page: 6, x: 57, y: 72 })];
    expect(rules(pub({ figures: [...good, f(1, { page: 4, x: 57, y: 600 }, 'table')] }))).toEqual([]);
    expect(rules(pub({ figures: [f(1, { page: 5, x: 57, y: 600 }, 'table'), f(2, { page: 5, x: 57, y: 100 }, 'table')] }))).toEqual(['figure.out-of-order']);
  });

  it('table.orphan-rows: a broken table with fewer than three rows on a side of a break', () => {
    const t = (pieces: number[]) => figure({ kind: 'table', chart: null, pieces });
    expect(rules(pub({ figures: [t([5, 2])] }))).toEqual(['table.orphan-rows']);
    expect(rules(pub({ figures: [t([2, 5])] }))).toEqual(['table.orphan-rows']);
    expect(checkPublication(pub({ figures: [t([12, 2])] }), measure)[0]?.value).toBe('12/2');
    expect(rules(pub({ figures: [t([3, 3]), t([2]), t([10, 20, 3])] }))).toEqual([]);
  });

  it('has a test above for every rule it can report', () => {
    expect([...CHECK_RULES].sort()).toEqual(['chart.ranked-unsorted', 'chart.single-category', 'chart.whole-bars', 'chart.zero-everywhere', 'figure.hidden-mark', 'figure.no-base', 'figure.out-of-order', 'figure.small-base-unmarked', 'name.not-in-force', 'note.not-applicable', 'sentence.opens-with-numeral', 'sentence.suppressed-symbol', 'sentence.undeclined-name', 'share.non-response-group', 'table.orphan-rows', 'term.inconsistent', 'text.collision', 'text.truncated']);
  });
});
