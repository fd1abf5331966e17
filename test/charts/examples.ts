/** Realistic chart inputs, one or more per chart type, in both languages (figures in the range of the seed bulletin). */
import type { ChartInput } from '../../src/charts/types.js';
import type { Lang } from '../../src/i18n/lang.js';

const L = (lang: Lang, en: string, ru: string) => (lang === 'en' ? en : ru);

export function examples(lang: Lang): ChartInput[] {
  return [
    {
      id: 'sex-donut', type: 'donut', lang, valueKind: 'count', centre: lang === 'en' ? 'n\u00a0=\u00a0295' : 'n\u00a0=\u00a0295',
      rows: [ { category: L(lang, 'Male', 'Мужчины'), value: 163 }, { category: L(lang, 'Female', 'Женщины'), value: 132 } ],
    },
    {
      id: 'assist-types', type: 'hbar', lang, valueKind: 'share', sortByValue: true,
      rows: [
        { category: L(lang, 'Food', 'Продукты питания'), value: 0.82, n: 295 },
        { category: L(lang, 'Non-food items (hygiene kits, clothes)', 'Непродовольственные товары (гигиенические наборы, одежда)'), value: 0.64, n: 295 },
        { category: L(lang, 'Assisted voluntary return', 'Помощь в добровольном возвращении'), value: 0.37, n: 295 },
        { category: L(lang, 'Transportation assistance (by land or by air)', 'Транспортная помощь (наземным или воздушным транспортом)'), value: 0.21, n: 295 },
        { category: L(lang, 'Medical assistance', 'Медицинская помощь'), value: 0.12, n: 295 },
        { category: L(lang, 'Temporary shelter', 'Временное жильё'), value: null, suppressed: 'primary', n: 295 },
        { category: L(lang, 'Other', 'Другое'), value: 0.03, n: 295, order: 1, residual: true },
      ],
    },
    {
      id: 'impacts-by-sex', type: 'grouped-hbar', lang, valueKind: 'share',
      groups: [L(lang, 'Male', 'Мужчины'), L(lang, 'Female', 'Женщины')],
      rows: [
        ['Lost job or income', 'Потеря работы или дохода', 0.71, 0.64],
        ['Could not pay rent', 'Не могли оплатить жильё', 0.44, 0.52],
        ['Could not send remittances', 'Не могли отправлять денежные переводы', 0.38, 0.29],
        ['Stranded, unable to return', 'Не могли вернуться домой', 0.22, null],
      ].flatMap(([en, ru, m, f]) => [
        { category: L(lang, en as string, ru as string), group: L(lang, 'Male', 'Мужчины'), value: m as number },
        { category: L(lang, en as string, ru as string), group: L(lang, 'Female', 'Женщины'), value: f as number | null, ...(f === null ? { suppressed: 'primary' as const } : {}) },
      ]),
    },
    {
      id: 'remit-change', type: 'stacked100', lang, valueKind: 'share', palette: 'diverging',
      groups: [L(lang, 'Male', 'Мужчины'), L(lang, 'Female', 'Женщины'), L(lang, 'Total', 'Всего')],
      rows: [
        ['Increased', 'Увеличились', [0.06, 0.04, 0.05]],
        ['No change', 'Не изменились', [0.18, 0.22, 0.2]],
        ['Decreased', 'Уменьшились', [0.49, 0.41, 0.46]],
        ['Stopped', 'Прекратились', [0.27, 0.33, 0.29]],
      ].flatMap(([en, ru, vs], i) => (vs as number[]).map((v, j) => ({
        category: L(lang, en as string, ru as string), order: i,
        group: [L(lang, 'Male', 'Мужчины'), L(lang, 'Female', 'Женщины'), L(lang, 'Total', 'Всего')][j]!, value: v,
      }))),
    },
    {
      id: 'age-pyramid', type: 'pyramid', lang, valueKind: 'count',
      groups: [L(lang, 'Male', 'Мужчины'), L(lang, 'Female', 'Женщины')],
      rows: [['0–17', 3, 8], ['18–24', 21, 17], ['25–34', 58, 41], ['35–44', 47, 38], ['45–54', 24, 19], ['55–64', 8, 7], ['65+', 2, 2]]
        .flatMap(([c, m, f]) => [
          { category: c as string, group: L(lang, 'Male', 'Мужчины'), value: m as number, ...((m as number) < 5 ? { suppressed: 'primary' as const, value: null } : {}) },
          { category: c as string, group: L(lang, 'Female', 'Женщины'), value: f as number },
        ]),
    },
    {
      id: 'months-abroad', type: 'histogram', lang, valueKind: 'count',
      rows: [['<6', 12], ['6–11', 34], ['12–23', 61], ['24–35', 48], ['36–59', 39], ['60+', 27]].map(([c, v]) => ({ category: c as string, value: v as number })),
    },
    {
      id: 'return-month', type: 'column', lang, valueKind: 'count',
      rows: ['2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02']
        .map((m, i) => ({ category: m, value: [14, 52, 37, 21, 18, 11, 9, 13, 6, 4, 3, 7][i]! })),
    },
    {
      id: 'return-month-line', type: 'line', lang, valueKind: 'count',
      rows: ['2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04']
        .map((m, i) => ({ category: m, value: [14, 52, 37, 21, 18, 11, 9][i]! })),
    },
    {
      id: 'household-size', type: 'bar', lang, valueKind: 'share',
      rows: ['1', '2', '3', '4', '5', '6', '7+'].map((c, i) => ({ category: c, value: [0.04, 0.09, 0.15, 0.22, 0.21, 0.16, 0.13][i]! })),
    },
    {
      id: 'employment-slope', type: 'slope', lang, valueKind: 'share',
      groups: [L(lang, 'Before COVID-19', 'До COVID-19'), L(lang, 'Now', 'Сейчас')],
      rows: [
        ['Employed', 'Работали по найму', 0.78, 0.41],
        ['Self-employed', 'Самозанятые', 0.12, 0.14],
        ['Unemployed, looking for work', 'Безработные, ищут работу', 0.06, 0.37],
        ['Not working, not looking', 'Не работают и не ищут', 0.04, 0.08],
      ].flatMap(([en, ru, a, b]) => [
        { category: L(lang, en as string, ru as string), group: L(lang, 'Before COVID-19', 'До COVID-19'), value: a as number },
        { category: L(lang, en as string, ru as string), group: L(lang, 'Now', 'Сейчас'), value: b as number },
      ]),
    },
    {
      id: 'avr-countries', type: 'hbar', lang, valueKind: 'count', sortByValue: true,
      rows: [
        [L(lang, 'Uzbekistan', 'Узбекистан'), 40], [L(lang, 'Republic of Moldova', 'Республика Молдова'), 38],
        [L(lang, 'Russian Federation', 'Российская Федерация'), 17], [L(lang, 'Tajikistan', 'Таджикистан'), 13],
        [L(lang, 'Ukraine', 'Украина'), 1], [L(lang, 'Afghanistan', 'Афганистан'), 1],
      ].map(([c, v]) => ({ category: c as string, value: (v as number) < 5 ? null : (v as number), n: 110, ...((v as number) < 5 ? { suppressed: 'primary' as const } : {}) })),
    },
    {
      id: 'remit-amount', type: 'hbar', lang, valueKind: 'usd',
      rows: [
        [L(lang, 'Russian Federation', 'Российская Федерация'), 310], [L(lang, 'Kazakhstan', 'Казахстан'), 1240.5],
        [L(lang, 'Turkey', 'Турция'), 275],
      ].map(([c, v]) => ({ category: c as string, value: v as number })),
    },
    {
      id: 'population-donut', type: 'donut', lang, valueKind: 'share',
      rows: [
        { category: L(lang, 'Returnees', 'Вернувшиеся мигранты'), value: 0.62 },
        { category: L(lang, 'Stranded migrants', 'Мигранты, оказавшиеся в затруднительном положении'), value: 0.31 },
        { category: L(lang, 'Other', 'Другое'), value: 0.07 },
      ],
    },
    {
      id: 'breadwinner-by-sex', type: 'bar', lang, valueKind: 'share',
      groups: [L(lang, 'Male', 'Мужчины'), L(lang, 'Female', 'Женщины')],
      rows: [
        [L(lang, 'Kyrgyzstan', 'Кыргызстан'), 0.81, 0.47], [L(lang, 'Tajikistan', 'Таджикистан'), 0.88, 0.39],
        [L(lang, 'Kazakhstan', 'Казахстан'), 0.72, null], [L(lang, 'Russian Federation', 'Российская Федерация'), 0.69, 0.52],
      ].flatMap(([c, m, f]) => [
        { category: c as string, group: L(lang, 'Male', 'Мужчины'), value: m as number },
        { category: c as string, group: L(lang, 'Female', 'Женщины'), value: f as number | null, ...(f === null ? { suppressed: 'secondary' as const } : {}) },
      ]),
    },
    {
      id: 'remit-change-suppressed', type: 'stacked100', lang, valueKind: 'share', threshold: 5,
      rows: [
        [L(lang, 'Increased', 'Увеличились'), [0.5, null]], [L(lang, 'No change', 'Не изменились'), [0.3, 0.55]],
        [L(lang, 'Decreased', 'Уменьшились'), [0.2, null]],
      ].flatMap(([c, vs]) => (vs as (number | null)[]).map((v, j) => ({
        category: c as string, group: [L(lang, 'Kyrgyzstan', 'Кыргызстан'), L(lang, 'Tajikistan', 'Таджикистан')][j]!,
        value: v, ...(v === null ? { suppressed: 'primary' as const } : {}),
      }))),
    },
    {
      id: 'arrivals-24-months', type: 'column', lang, valueKind: 'count',
      rows: Array.from({ length: 24 }, (_, i) => ({
        category: `${2019 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`,
        value: [310, 420, 515, 640, 702, 655, 590, 480, 365, 298, 1120, 2450, 1876, 940, 620, 512, 470, 455, 430, 398, 376, 350, 333, 318][i]!,
      })),
    },
    {
      id: 'sex-donut-suppressed', type: 'donut', lang, valueKind: 'count',
      rows: [{ category: L(lang, 'Male', 'Мужчины'), value: 38 }, { category: L(lang, 'Female', 'Женщины'), value: null, suppressed: 'primary' }],
    },
  ];
}
