/**
 * An answer named in a sentence as the one given most often is a noun phrase, not the chart's
 * label ("the impact named most often was being unable to return home", not "… was could not
 * return home"): every answer a "most often"/"main" slot of the six templates can name declares
 * its sentence form in both languages beside its label (schema/codes.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplates } from '../../src/compose/load-templates.js';
import { narrativeBlocks } from '../../src/compose/narrative.js';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import { parseSentence } from '../../src/narrative/parse.js';
import { instrument } from '../../src/schema/instruments.js';
import { variableOf } from '../../src/schema/variables.js';

const registryList = loadRegistry();
const registry = new Map<string, IndicatorInfo>(registryList.map((i) => [i.id, i as IndicatorInfo]));
const templates = loadTemplates(new Set(registryList.map((i) => i.id))).map((t) => t.template);
/** Never ranked (narrative/resolve.ts). */
const SPECIAL = new Set(['_total', '_missing', 'dnk', 'pnta', 'none', 'other']);

describe('answers named in a sentence', () => {
  it('every answer reachable from a ranked slot with a label has a sentence form in English and Russian', () => {
    const reachable: string[] = [];
    for (const t of templates) {
      const sentences = [...t.narrative, ...t.regional.narrative, ...t.keyFindings].flatMap((s) => [s.en, s.ru, ...('else' in s ? (s.else ?? []).flatMap((a) => [a.en, a.ru]) : [])]);
      const labelled = new Set(sentences.flatMap((s) => parseSentence(s).flatMap((tok) => (tok.type === 'optional' ? tok.tokens : [tok]))).flatMap((tok) => (tok.type === 'slot' && tok.filter === 'label' ? [tok.name] : [])));
      for (const [name, spec] of Object.entries(t.slots)) {
        if (!labelled.has(name) || (spec.top === undefined && spec.list === undefined)) continue;
        const ind = registry.get(spec.indicator)!;
        const column = ind.variable ? instrument(ind.instrument).byName.get(ind.variable) : undefined;
        // names (countries, provinces, partners) are written as they are
        if (!ind.variable || column?.type === 'iso3' || column?.type === 'admin1' || ['partner', 'city', 'office'].includes(ind.variable)) continue;
        const codes = variableOf(ind.instrument, ind.variable)?.codes ?? [];
        expect(codes.length, `${t.id} ${name}`).toBeGreaterThan(0);
        for (const c of codes) {
          if (SPECIAL.has(c.code)) continue;
          reachable.push(`${t.id}:${name}:${c.code}`);
          expect(c.sentence?.en, `${t.id} ${name} ${c.code} (en)`).toMatch(/\S/);
          expect(c.sentence?.ru, `${t.id} ${name} ${c.code} (ru)`).toMatch(/\S/);
        }
      }
    }
    expect(reachable.length).toBeGreaterThan(80);
  });

  it('writes the sentence form, not the label, in the section text', () => {
    const t = templates.find((x) => x.id === '05-covid-19-impacts-and-vulnerabilities')!;
    const r = (indicator: string, stat: ResultRow['stat'], value: number, n: number, category?: string): ResultRow => ({ key: `${indicator}|${category ?? ''}`, indicator, dims: { country: 'TJK' }, ...(category ? { category } : {}), stat, value, n, count: Math.round(value * n) });
    const rows = [r('b5.interviews', 'count', 500, 500), r('b5.covid_impacts', 'share', 0.68, 500, 'could_not_return'), r('b5.covid_impacts', 'share', 0.3, 500, 'debt')];
    const text = (lang: 'en' | 'ru') =>
      narrativeBlocks(t.narrative, t.slots, { lang, minCell: 5, country: 'TJK', countries: ['TJK'], period: { from: '2021-03-01', to: '2021-05-31' }, rounds: ['1'], rowsOf: (id) => rows.filter((x) => x.indicator === id), registry })
        .map((b) => ('text' in b ? b.text : ''))
        .join('\n');
    expect(text('en')).toContain('named most often was being unable to return home (68%)');
    expect(text('ru')).toMatch(/— невозможность вернуться домой \(68\s%\)/);
  });
});
