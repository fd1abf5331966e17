import { describe, expect, it } from 'vitest';
import { toVegaLite } from '../../src/charts/spec.js';
import { prepare } from '../../src/charts/data.js';
import type { ChartInput } from '../../src/charts/types.js';
import { examples } from './examples.js';

const base = (over: Partial<ChartInput>): ChartInput => ({ id: 't', type: 'hbar', lang: 'en', valueKind: 'share', rows: [], ...over });
const dataOf = (spec: unknown): Record<string, unknown>[] => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe('toVegaLite', () => {
  it('is pure: the same input gives the same spec', () => {
    for (const input of examples('ru')) expect(JSON.stringify(toVegaLite(input))).toBe(JSON.stringify(toVegaLite(structuredClone(input))));
  });

  it('sizes every chart for one A4 column (480 pt) unless told otherwise', () => {
    for (const input of examples('en')) {
      const spec = toVegaLite(input) as { width?: number; hconcat?: { width: number }[] };
      const width = spec.width ?? (spec.hconcat ?? []).reduce((a, v) => a + v.width, 0);
      expect(width, input.id).toBeGreaterThan(400);
      expect(width, input.id).toBeLessThanOrEqual(480);
    }
    const narrow = toVegaLite({ ...examples('en')[1]!, width: 300 }) as { width: number };
    expect(narrow.width).toBe(300);
  });

  it('labels values for the language and hides suppressed cells behind <5 or –', () => {
    const spec = toVegaLite(base({
      lang: 'ru',
      threshold: 10,
      rows: [
        { category: 'Продукты питания', value: 0.823 },
        { category: 'Жильё', value: null, suppressed: 'primary' },
        { category: 'Другое', value: null, suppressed: 'secondary' },
        { category: 'Нет ответа', value: null },
      ],
    }));
    expect(dataOf(spec).map((d) => [d.label, d.v, d.hidden])).toEqual([
      ['82\u00a0%', 0.823, false],
      ['<10', 0, true],
      ['–', 0, true],
      ['–', 0, true],
    ]);
  });

  it('stacked 100 % bars: the hidden block names the answers it stands for, never as one answer', () => {
    const rows = (lang: 'en' | 'ru') => {
      const [stopped, decreased, noChange, increased] = lang === 'en' ? ['Stopped', 'Decreased', 'No change', 'Increased'] : ['Прекратились', 'Уменьшились', 'Не изменились', 'Увеличились'];
      return ['Male', 'Female'].flatMap((g, i) => [
        { category: stopped!, group: g, value: [0.44, 0.3][i]!, n: 600, order: 0 },
        { category: decreased!, group: g, value: [0.3, 0.4][i]!, n: 600, order: 1 },
        { category: noChange!, group: g, value: null, n: 600, order: 2, suppressed: 'secondary' as const },
        { category: increased!, group: g, value: null, n: 600, order: 3, suppressed: i === 0 ? ('secondary' as const) : ('primary' as const) },
      ]);
    };
    for (const lang of ['en', 'ru'] as const) {
      const spec = toVegaLite(base({ type: 'stacked100', lang, width: 900, rows: rows(lang) }));
      const blocks = dataOf(spec).filter((d) => d.hidden === true);
      expect(blocks.map((d) => d.label)).toEqual(lang === 'en' ? ['No change, increased: –', 'No change, increased: –'] : ['Не изменились, увеличились: –', 'Не изменились, увеличились: –']);
      // the legend entry names both answers: no colour of either is listed, as neither is drawn
      const entry = blocks[0]!.c as string;
      expect(entry).toBe(lang === 'en' ? 'No change, increased: hidden (small counts)' : 'Не изменились, увеличились: скрыто (малые числа)');
      const legendValues = JSON.stringify(spec).match(/"values":\[[^\]]*\]/g) ?? [];
      expect(legendValues.some((v) => v.includes('"No change"') || v.includes('"Не изменились"'))).toBe(false);
    }
    // bars hiding different answers: the entry stays generic, each block names its own where it fits
    const mixed = rows('en').map((r) => (r.group === 'Male' && r.category === 'No change' ? { ...r, value: 0.15, suppressed: undefined } : r)).map(({ suppressed, ...r }) => (suppressed ? { ...r, suppressed } : r));
    const blocks = dataOf(toVegaLite(base({ type: 'stacked100', width: 900, rows: mixed }))).filter((d) => d.hidden === true);
    expect(blocks.map((d) => [d.c, d.label])).toEqual([['Hidden (small counts)', 'Increased: –'], ['Hidden (small counts)', 'No change, increased: –']]);
  });

  it('stacked 100 % bars: a segment that holds a value in English holds it in Russian too', () => {
    // b5 Fig 27 at half width: the "No" segments of 17 % carried "17%" in EN and nothing in RU.
    const shares = [[0.4864, 0.1681, 0.3455], [0.5021, 0.1746, 0.3233], [0.4239, 0.2775, 0.2986], [0.3698, 0.3103, 0.3199], [0.4425, 0.1815, 0.376]];
    const names = { en: { g: ['Kyrgyzstan', 'Tajikistan', 'Kazakhstan', 'Russian Federation', 'Uzbekistan'], c: ['Yes', 'No', 'Not needed'] }, ru: { g: ['Кыргызстан', 'Таджикистан', 'Казахстан', 'Российская Федерация', 'Узбекистан'], c: ['Да', 'Нет', 'Не требовалась'] } };
    const labels = (lang: 'en' | 'ru') => dataOf(toVegaLite(base({
      type: 'stacked100', lang, width: 270,
      rows: shares.flatMap((row, gi) => row.map((value, ci) => ({ category: names[lang].c[ci]!, group: names[lang].g[gi]!, value, n: 700, order: ci }))),
    }))).map((d) => String(d.label).replace(/\s+(?=%)/gu, ''));
    const en = labels('en');
    expect(en.filter((l) => l === '17%')).toHaveLength(2);
    expect(labels('ru')).toEqual(en);
  });

  it('stacked 100 % bars: the hidden block\'s legend entry names its answers on two lines rather than staying generic', () => {
    // b1 Fig 34: both hidden blocks stand for "no education, primary"; one line had no room for that
    const cats = { en: ['No education', 'Primary', 'Lower secondary', 'Upper secondary', 'Vocational', 'Higher'], ru: ['Нет образования', 'Начальное', 'Неполное среднее', 'Полное среднее', 'Профессионально-техническое', 'Высшее'] };
    const shares = [
      [0.0149, 0.0401, 0.1174, 0.4623, 0.2143, 0.151], [0.0124, 0.0332, 0.1152, 0.4647, 0.2137, 0.1608], [0.0083, 0.05, 0.1151, 0.4577, 0.2039, 0.165],
      [null, null, 0.1233, 0.4797, 0.2195, 0.1396], [null, null, 0.1015, 0.4307, 0.2252, 0.1881],
    ];
    const groups = ['Kyrgyzstan', 'Tajikistan', 'Kazakhstan', 'Russian Federation', 'Uzbekistan'];
    for (const lang of ['en', 'ru'] as const) {
      const spec = toVegaLite(base({
        type: 'stacked100', lang, width: 540,
        rows: shares.flatMap((row, gi) => row.map((value, ci) => ({ category: cats[lang][ci]!, group: groups[gi]!, value, n: 700, order: ci, ...(value === null ? { suppressed: 'secondary' as const } : {}) }))),
      }));
      const blocks = dataOf(spec).filter((d) => d.hidden === true);
      expect(blocks).toHaveLength(2);
      const entry = String(blocks[0]!.c);
      expect(entry.replace(/\n/g, ' ')).toMatch(lang === 'en' ? /^No education, primary: hidden/ : /^Нет образования, начальное: скрыто/);
      expect(entry.split('\n').length).toBeLessThanOrEqual(2);
      const legend = JSON.stringify(spec).match(/"values":\[[^\]]*\]/g)?.find((v) => v.includes('Hidden') || v.includes('hidden') || v.includes('скрыто')) ?? '';
      expect(legend).toContain(JSON.stringify(entry));
      expect(legend).not.toContain('Hidden (small counts)');
      // the legend lists only colours drawn: no entry for "No education" or "Primary" alone is dropped, as they are drawn in other bars
      expect(legend).toContain(JSON.stringify(cats[lang][0]));
      // a block too narrow for the word "hidden" still carries the hidden mark
      expect(blocks.map((d) => d.label)).toEqual(['–', '–']);
    }
  });

  it('orders categories by `order`, then input order; or by value when asked (ranked), residual answers last', () => {
    const rows = [
      { category: 'b', value: 0.1 },
      { category: 'a', value: 0.5, order: 2 },
      { category: 'c', value: 0.3, order: 1 },
    ];
    expect(prepare(base({ rows })).categories).toEqual(['c', 'a', 'b']);
    const byValue = [
      { category: 'None', value: 0.2, order: 9, residual: true },
      { category: 'Other', value: 0.6, order: 8, residual: true },
      { category: 'x', value: 0.1, order: 0 },
      { category: 'y', value: 0.5, order: 1 },
      { category: 'z', value: 0.3, order: 2 },
    ];
    // Questionnaire order (`order`) does not beat the values: "Priority needs, ranked" is ranked.
    expect(prepare(base({ rows: byValue, sortByValue: true })).categories).toEqual(['y', 'z', 'x', 'Other', 'None']);
  });

  it('draws shares on a fixed 0–100 % scale: 28 % never fills the width', () => {
    const domainOf = (spec: unknown): number[] => {
      const layer = (spec as { layer: Array<{ encoding?: { x?: { scale?: { domain?: number[] } }; y?: { scale?: { domain?: number[] } } } }> }).layer;
      const enc = layer[0]!.encoding!;
      return (enc.x ?? enc.y)!.scale!.domain!;
    };
    for (const type of ['hbar', 'bar'] as const) {
      const shares = toVegaLite(base({ type, rows: [{ category: 'a', value: 0.28 }, { category: 'b', value: 0.1 }] }));
      expect(domainOf(shares)[1]).toBeGreaterThanOrEqual(1);
      const counts = toVegaLite(base({ type, valueKind: 'count', rows: [{ category: 'a', value: 28 }, { category: 'b', value: 10 }] }));
      expect(domainOf(counts)[1]).toBeLessThan(56);
    }
  });

  it('wraps long category labels into lines, never wider than the label column', () => {
    const spec = toVegaLite(base({ lang: 'ru', rows: [{ category: 'Мигранты, оказавшиеся в затруднительном положении из-за закрытия границ', value: 0.4 }] }));
    const label = String(dataOf(spec)[0]!.c);
    expect(label.split('\n').length).toBeGreaterThan(1);
    expect(label.replace(/\n/g, ' ')).toBe('Мигранты, оказавшиеся в затруднительном положении из-за закрытия границ');
  });

  it('puts the first group of a pyramid on the left', () => {
    const pyramid = examples('en').find((e) => e.type === 'pyramid')!;
    const spec = toVegaLite(pyramid) as unknown as { hconcat: { title?: { text: string }; encoding?: { x?: { scale?: { reverse?: boolean } } } }[] };
    expect(spec.hconcat[0]!.title!.text).toBe('Male');
    expect(spec.hconcat[0]!.encoding!.x!.scale!.reverse).toBe(true);
    expect(spec.hconcat[2]!.title!.text).toBe('Female');
  });

  it('rejects inputs the layout should never build', () => {
    expect(() => toVegaLite(base({ rows: [] }))).toThrow(/no rows/);
    expect(() => toVegaLite(base({ rows: [{ category: 'a', value: 0.1 }, { category: 'a', value: 0.2 }] }))).toThrow(/duplicate cell/);
    expect(() => toVegaLite(base({ rows: [{ category: 'a', value: 45 }] }))).toThrow(/share above 1/);
    expect(() => toVegaLite(base({ valueKind: 'count', rows: [{ category: 'a', value: -1 }] }))).toThrow(/negative/);
    expect(() => toVegaLite(base({ type: 'stacked100', rows: [{ category: 'a', value: 1 }] }))).toThrow(/needs a group/);
    expect(() => toVegaLite(base({ type: 'pyramid', rows: ['x', 'y', 'z'].map((g) => ({ category: '0–17', group: g, value: 0.1 })) }))).toThrow(/exactly two groups/);
    expect(() => toVegaLite(base({ groups: ['M'], rows: [{ category: 'a', group: 'F', value: 0.1 }] }))).toThrow(/not in groups/);
    expect(() => toVegaLite(base({ type: 'donut', rows: ['a', 'b', 'c', 'd', 'e'].map((c) => ({ category: c, value: 0.2 })) }))).toThrow(/at most 4/);
  });

  it('throws a typed internal error (exit 3) for a bad input', () => {
    try {
      toVegaLite(base({ rows: [] }));
      expect.unreachable();
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(3);
    }
  });
});

describe('donut with a hidden slice', () => {
  it('shows counts, not percentages of a wrong total, and names the hidden slice in the legend', () => {
    const input = examples('en').find((e) => e.id === 'sex-donut-suppressed')!;
    const spec = toVegaLite(input) as unknown as { layer: { data: { values: Record<string, unknown>[] } }[] };
    expect(spec.layer[1]!.data.values.map((d) => [d.slice, d.show])).toEqual([['38', true], ['<5', false]]);
    expect(spec.layer[0]!.data.values.map((d) => d.c)).toEqual(['Male', 'Female (<5)']);
  });
});

describe('line labels', () => {
  it('sit below a point the line comes down to, above otherwise', async () => {
    const { placeLabels } = await import('../../src/charts/marks/line.js');
    const cd = prepare(base({ type: 'line', valueKind: 'count', rows: [14, 52, 37, 40, 9].map((v, i) => ({ category: `m${i}`, value: v })) }));
    expect(placeLabels(cd.data).map((d) => d.above)).toEqual([false, true, false, true, false]);
  });
});
