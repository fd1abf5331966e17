/**
 * Golden tests: every indicator of the registry computed on the bundled samples
 * (data-samples/survey.csv, assistance.csv) with the build default (minCell 5). The result tables
 * are kept as JSON in test/analyse/golden/b<N>.json; UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { computeIndicators } from '../../src/analyse/indicators.js';
import { loadRegistry } from '../../src/analyse/registry.js';
import type { ResultRow } from '../../src/analyse/result.js';

const GOLDEN = new URL('./golden/', import.meta.url);
const SAMPLES = new URL('../../data-samples/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function round(rows: ResultRow[]): ResultRow[] {
  // 12 significant digits: the goldens do not depend on the last bits of floating point
  const r = (v: number | null | undefined) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);
  return rows.map((x) => {
    const y: ResultRow = { ...x, value: r(x.value) as number | null };
    if ('ci_low' in x) y.ci_low = r(x.ci_low) as number | null;
    if ('ci_high' in x) y.ci_high = r(x.ci_high) as number | null;
    return y;
  });
}

describe('indicators on the bundled samples (golden)', () => {
  const registry = loadRegistry();
  for (const kind of ['survey', 'assistance'] as const) {
    it(`${kind}: every indicator has rows, the table matches the golden files`, async () => {
      const file = new URL(`${kind}.csv`, SAMPLES).pathname;
      const { dataset } = await loadDataset({ files: [file], kind });
      const rows = round(computeIndicators(dataset, { minCell: 5 }));
      const bulletins = [...new Set(registry.filter((i) => i.instrument === kind).map((i) => i.bulletin))];
      for (const ind of registry.filter((i) => i.instrument === kind)) {
        expect(rows.some((r) => r.indicator === ind.id && (r.value !== null || r.suppressed)), ind.id).toBe(true);
      }
      expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
      for (const b of bulletins) {
        const mine = rows.filter((r) => r.indicator.startsWith(`b${b}.`));
        const path = new URL(`b${b}.json`, GOLDEN);
        const text = `${JSON.stringify(mine, null, 1)}\n`;
        if (UPDATE || !existsSync(path)) {
          if (!UPDATE) throw new Error(`missing golden ${path.pathname}: run with UPDATE_GOLDEN=1`);
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(path, text);
        }
        expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
      }
    });
  }
});
