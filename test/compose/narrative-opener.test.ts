import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplates } from '../../src/compose/load-templates.js';
import { narrativeBlocks } from '../../src/compose/narrative.js';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import type { Lang } from '../../src/i18n/lang.js';

const registryList = loadRegistry();
const registry = new Map<string, IndicatorInfo>(registryList.map((i) => [i.id, i as IndicatorInfo]));
const templates = loadTemplates(new Set(registryList.map((i) => i.id)));

function row(indicator: string, stat: ResultRow['stat'], value: number, n: number, category?: string, count?: number): ResultRow {
  return { key: `${indicator}|country=KAZ|${category ?? ''}`, indicator, dims: { country: 'KAZ' }, ...(category ? { category } : {}), stat, value, n, ...(count !== undefined ? { count } : {}) };
}

function text(templateId: string, rows: ResultRow[], drawn: string[], lang: Lang): string {
  const t = templates.find((x) => x.template.id === templateId)!.template;
  const blocks = narrativeBlocks(t.narrative, t.slots, {
    lang,
    minCell: 5,
    country: 'KAZ',
    countries: ['KAZ'],
    period: { from: '2021-03-01', to: '2021-05-31' },
    drawn: new Set(drawn),
    rounds: ['1'],
    rowsOf: (id) => rows.filter((r) => r.indicator === id),
    registry,
  });
  return blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
}

describe('a figure written as a sentence takes only its own clause out of the narrative', () => {
  // Kazakhstan: every respondent last stayed in Kazakhstan, so the figure "last country" is one sentence
  const rows = [row('b2.interviews', 'count', 738, 738), row('b2.last_country', 'share', 1, 738, 'KAZ', 738), row('b2.months_abroad_median', 'median', 29, 700)];

  it('keeps the opener (population, period, median stay) when the last country is said by the figure', () => {
    const en = text('02-migration-trajectory', rows, ['b2.last_country'], 'en');
    // re-formed without "Of the 738 …", which would dangle over the median (editor, issue 11)
    expect(en).toMatch(/In Kazakhstan, 738 migrants were interviewed \([^)]+\); their median stay abroad was 29 months\./);
    expect(en).not.toMatch(/Of the 738/);
    expect(en).not.toMatch(/last stay abroad named most often/);
    const ru = text('02-migration-trajectory', rows, ['b2.last_country'], 'ru');
    expect(ru).toMatch(/В Казахстане опрошено 738 мигрантов \([^)]+\); медианная продолжительность их пребывания за рубежом — 29 месяцев\./);
    expect(ru).not.toMatch(/Из 738/);
    expect(ru).not.toMatch(/последней страной пребывания/);
  });

  it('still says the population and period when the median is missing too', () => {
    const r = rows.filter((x) => x.indicator !== 'b2.months_abroad_median');
    expect(text('02-migration-trajectory', r, ['b2.last_country'], 'en')).toMatch(/The survey interviewed 738 migrants in Kazakhstan \(/);
    expect(text('02-migration-trajectory', r, ['b2.last_country'], 'ru')).toMatch(/Число мигрантов, опрошенных в Казахстане \([^)]+\), — 738\./);
  });

  it('writes the full opener when the figure is drawn with several answers', () => {
    const more = [...rows.filter((x) => x.indicator !== 'b2.last_country'), row('b2.last_country', 'share', 0.9, 738, 'KAZ', 664), row('b2.last_country', 'share', 0.1, 738, 'RUS', 74)];
    expect(text('02-migration-trajectory', more, ['b2.last_country'], 'en')).toMatch(/the country of last stay abroad named most often was Kazakhstan \(90%\); the median stay abroad was 29 months\./);
  });
});
