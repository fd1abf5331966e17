/**
 * A query on a canonical file validates and loads only the columns it reads (query/projected-load.ts).
 * On a file without errors the answer must be byte-identical to the full load's (every column
 * validated, validate/load.ts): random query specs on the bundled samples, through both paths, and
 * through the projected cache (a miss, then a hit), give the same output, notes and errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatQuery } from '../../src/query/format.js';
import { runQuery, type QueryOptions } from '../../src/query/run-query.js';
import { parseQueryOptions, type QueryFormat } from '../../src/query/spec.js';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import type { InstrumentKind } from '../../src/schema/types.js';

const SAMPLES = join(import.meta.dirname, '..', '..', 'data-samples');
const dir = mkdtempSync(join(tmpdir(), 'projection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NUMERIC = new Set(['integer', 'number']);

function pools(kind: InstrumentKind) {
  const inst = INSTRUMENTS[kind];
  const derived = kind === 'assistance' ? ['period', 'age_group', 'minor'] : ['period', 'age_group'];
  const cols = inst.columns.filter((c) => c.type !== 'id' && c.type !== 'text');
  const groups = [...cols.filter((c) => !NUMERIC.has(c.type)).map((c) => c.name), ...derived, 'admin1_raw'];
  const numeric = inst.columns.filter((c) => NUMERIC.has(c.type)).map((c) => c.name);
  const whereCodes = cols
    .filter((c) => c.codes !== undefined || c.type === 'yesno' || c.type === 'iso3')
    .map((c) => ({ name: c.name, values: c.codes?.map((o) => o.code) ?? (c.type === 'yesno' ? ['yes', 'no'] : ['KGZ', 'TJK', 'RUS', 'KAZ']) }));
  return { groups, numeric, whereCodes };
}

function specArb(kind: InstrumentKind) {
  const p = pools(kind);
  const where = fc.oneof(
    fc.constantFrom(...p.whereCodes).chain((c) =>
      fc.tuple(fc.constantFrom('=', '!='), fc.subarray(c.values, { minLength: 1, maxLength: Math.min(3, c.values.length) })).map(([op, vs]) => `${c.name}${op}${vs.join(',')}`),
    ),
    fc.tuple(fc.constantFrom(...p.numeric), fc.constantFrom('>', '>=', '<', '<='), fc.integer({ min: 0, max: 60 })).map(([c, op, n]) => `${c}${op}${n}`),
    fc.constantFrom('age_group=18_24,25_34', 'period!=2020-10', 'nope=1'),
  );
  return fc.record({
    by: fc.uniqueArray(fc.oneof(fc.constantFrom(...p.groups), fc.constantFrom('unknown_col', 'age', 'household_size')), { maxLength: 3 }),
    stat: fc.oneof(fc.constantFrom('count', 'share'), fc.tuple(fc.constantFrom('mean', 'median', 'sum', 'min', 'max'), fc.constantFrom(...p.numeric, 'sex')).map(([s, c]) => `${s}:${c}`)),
    where: fc.array(where, { maxLength: 2 }),
    weight: fc.option(fc.constantFrom(...p.numeric, 'weight'), { nil: undefined, freq: 4 }),
    ci: fc.boolean(),
    minCell: fc.constantFrom(undefined, '3', '10'),
    format: fc.constantFrom<QueryFormat>('csv', 'json', 'ndjson', 'table'),
    kind: fc.constantFrom(undefined, kind),
  });
}

type Outcome = { ok: true; out: string; notes: string[] } | { ok: false; error: string };

async function outcome(file: string, o: Record<string, unknown>, format: QueryFormat, opts: QueryOptions): Promise<Outcome> {
  try {
    const spec = parseQueryOptions(file, o);
    const r = await runQuery(spec, opts);
    return { ok: true, out: formatQuery(r, format), notes: r.notes };
  } catch (e) {
    return { ok: false, error: `${(e as { code?: string }).code ?? ''} ${(e as Error).message}` };
  }
}

describe.each([
  ['survey', 'survey.csv'],
  ['assistance', 'assistance.csv'],
] as const)('query projection on the %s sample', (kind, name) => {
  it('gives byte-identical answers to the full load, cached or not', async () => {
    const file = join(SAMPLES, name);
    const fullCache = join(dir, `full-${kind}`);
    const projCache = join(dir, `proj-${kind}`);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(specArb(kind), async (s) => {
        const o: Record<string, unknown> = { by: s.by.join(','), stat: s.stat, where: s.where, ci: s.ci };
        if (s.weight !== undefined) o.weight = s.weight;
        if (s.minCell !== undefined) o.minCell = s.minCell;
        if (s.kind !== undefined) o.kind = s.kind;
        // the full load through its own cache (it is the same load every run), the projected
        // load fresh, then through the projected cache twice (a miss and a hit)
        const full = await outcome(file, o, s.format, { cache: true, cacheDir: fullCache, full: true });
        const fresh = await outcome(file, o, s.format, { cache: false });
        expect(fresh).toEqual(full);
        const miss = await outcome(file, o, s.format, { cache: true, cacheDir: projCache, bounds: { maxEntries: 4, maxBytes: 1 << 30 } });
        const hit = await outcome(file, o, s.format, { cache: true, cacheDir: projCache, bounds: { maxEntries: 4, maxBytes: 1 << 30 } });
        expect(miss).toEqual(full);
        expect(hit).toEqual(full);
        if (full.ok) answered++;
      }),
      { numRuns: Number(process.env.PROJECTION_RUNS ?? 25), seed: 20261122 },
    );
    // the property is not vacuous: most specs give an answer
    expect(answered).toBeGreaterThan(5);
  }, 120_000);
});
