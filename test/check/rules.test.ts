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

  it('sentence.suppressed-symbol: "<5" and "–" standing for numbers in a sentence', () => {
    for (const text of ['11 minors (<5 boys/– girls) were assisted.', '110 migrants (– male migrants, – female migrants).', 'Кыргызстан (–; n = 0).', 'aged 2 to –.']) {
      expect(rules(pub({ sentences: [{ text, page: 3 }] })), text).toContain('sentence.suppressed-symbol');
    }
    expect(rules(pub({ sentences: [{ text: '“<5”: fewer than 5 respondents; “–”: hidden.', page: 3 }] }))).toEqual([]);
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
  });

  it('note.not-applicable: a multiple-answers note on single answers, percentages on counts', () => {
    const multi = str('noteMulti', 'en');
    expect(rules(pub({ figures: [figure({ notes: [multi] })] }))).toEqual(['note.not-applicable']);
    expect(rules(pub({ figures: [figure({ notes: [multi], indicator: indicator({ statistic: 'multi_share' }) })] }))).toEqual([]);
    const counts = chart({ valueKind: 'count', rows: [{ category: 'Food', value: 20 }, { category: 'Cash', value: 12 }] });
    expect(rules(pub({ figures: [figure({ chart: counts, indicator: indicator({ statistic: 'multi_count' }), notes: [str('noteMultiAssistance', 'en')] })] }))).toEqual(['note.not-applicable']);
    expect(rules(pub({ figures: [figure({ chart: counts, indicator: indicator({ statistic: 'multi_count' }), notes: [str('noteMultiCount', 'en')] })] }))).toEqual([]);
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

  it('has a test above for every rule it can report', () => {
    expect([...CHECK_RULES].sort()).toEqual(['chart.ranked-unsorted', 'chart.single-category', 'figure.no-base', 'note.not-applicable', 'sentence.suppressed-symbol', 'share.non-response-group', 'text.collision', 'text.truncated']);
  });
});
