// The bench reads the tool's declarations for its DuckDB reference: a renamed export must fail here,
// not in the middle of `npm run bench` (eslint and tsc do not read scripts/*.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bench, without types
import { duckdbSpec } from '../../scripts/bench/duckdb-spec.mjs';

describe('bench: the DuckDB reference spec', () => {
  it('is built from the survey declaration and the country and currency lists', async () => {
    const modules: Record<string, () => Promise<unknown>> = {
      'schema/instruments': () => import('../../src/schema/instruments.js'),
      'schema/countries': () => import('../../src/schema/countries.js'),
      'schema/currencies': () => import('../../src/schema/currencies.js'),
    };
    const load = (p: string) => {
      const m = modules[p];
      if (!m) throw new Error(`the bench asks for ${p}: add it here`);
      return m();
    };
    const spec = (await duckdbSpec(load)) as { idColumn: string; columns: Array<{ name: string }>; iso3: string[]; currencies: string[] };
    expect(spec.idColumn).toBe('response_id');
    expect(spec.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['country', 'sex', 'age', 'consent', 'priority_needs']));
    expect(spec.iso3).toEqual(expect.arrayContaining(['KGZ', 'TJK', 'KAZ', 'RUS', 'UZB', 'TKM']));
    expect(spec.iso3.length).toBeGreaterThan(200);
    expect(spec.currencies).toEqual(expect.arrayContaining(['RUB', 'KZT', 'KGS', 'TJS', 'UZS', 'USD']));
  });
});
