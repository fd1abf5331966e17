/**
 * The projected load (query validates the columns it reads) through a mapping file: renamed
 * columns, mapped values, constants and extra missing tokens give the same answers as the full
 * validation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatQuery } from '../../src/query/format.js';
import { runQuery } from '../../src/query/run-query.js';
import { parseQueryOptions } from '../../src/query/spec.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'data-samples', 'survey.csv');
let dir: string;
let file: string;
let mapping: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'projection-mapping-'));
  const [head, ...lines] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const header = head!.split(',');
  const sex = header.indexOf('sex');
  const size = header.indexOf('household_size');
  const country = header.indexOf('country');
  header[sex] = 'gender';
  header[size] = 'hh size';
  const rows = lines.map((l, i) => {
    const c = l.split(',');
    c[sex] = c[sex] === 'male' ? 'M' : c[sex] === 'female' ? 'F' : c[sex]!;
    if (i % 17 === 0) c[size] = '99'; // an extra missing token
    return c.filter((_, k) => k !== country).join(',');
  });
  file = join(dir, 'mapped.csv');
  writeFileSync(file, [header.filter((_, k) => k !== country).join(','), ...rows].join('\n') + '\n');
  mapping = join(dir, 'mapping.json');
  writeFileSync(
    mapping,
    JSON.stringify({ kind: 'survey', columns: { gender: 'sex', 'hh size': 'household_size' }, values: { sex: { M: 'male', F: 'female' } }, constants: { country: 'KGZ' }, missing: ['99'] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function out(o: Record<string, unknown>, full: boolean): Promise<string> {
  try {
    const r = await runQuery(parseQueryOptions(file, { mapping, ...o }), { cache: false, full });
    return formatQuery(r, 'csv') + r.notes.join('\n');
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('query with a mapping file', () => {
  it('gives the same answers through the projection as with every column validated', async () => {
    const specs: Record<string, unknown>[] = [
      { by: 'sex', stat: 'share' },
      { by: 'country,sex', stat: 'share', ci: true },
      { by: 'sex', stat: 'mean:household_size' },
      { by: 'age_group,sex', where: ['household_size>=3'] },
      { by: 'covid_impacts', stat: 'share', where: ['sex=female'] },
    ];
    for (const s of specs) {
      const projected = await out(s, false);
      expect(projected, JSON.stringify(s)).not.toMatch(/^error/);
      expect(projected, JSON.stringify(s)).toBe(await out(s, true));
    }
  });
});
