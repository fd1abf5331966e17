// loadDataset: the Dataset contract of model/dataset.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadDataset } from '../../src/validate/load.js';
import { rowSchema } from '../helpers/row-schema.js';
import { tempDir } from '../ingest/helpers.js';
import { ASSISTANCE_HEADER, SURVEY_HEADER, assistanceRow, csvText, surveyRow } from '../validate/rows.js';

const t = tempDir();

describe('loadDataset', () => {
  it('concatenates several files of one kind and derives period, age_group and _line', async () => {
    const a = t.file('a.csv', csvText(SURVEY_HEADER, [surveyRow(1, { age: '17' }), surveyRow(2, { age: '65', interview_date: '03.05.2021' })]));
    const b = t.file('b.csv', csvText(SURVEY_HEADER, [surveyRow(3, { age: '30' }), surveyRow(4, { age: 'x' }), surveyRow(5, { age: '44' })]));
    const r = await loadDataset({ files: [a, b] });
    const rows = r.dataset.table.objects() as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.response_id, x.period, x.age_group, x._line])).toEqual([
      ['R1-1001', '2021-04', '14_17', 2],
      ['R1-1002', '2021-05', '65_plus', 3],
      ['R1-1003', '2021-04', '25_34', 2],
      ['R1-1005', '2021-04', '35_44', 4],
    ]);
    expect(r.dataset.sources.map((s) => [s.path, s.rows, s.accepted, s.rejected, s.errors])).toEqual([
      [a, 2, 2, 0, 0],
      [b, 3, 2, 1, 1],
    ]);
    expect(r.dataset.sources[0]!.sha256).toBe(createHash('sha256').update(readFileSync(a)).digest('hex'));
    expect(r.counts).toEqual({ errors: 1, warnings: 0, byRule: [{ rule: 'age.number', severity: 'error', count: 1, examples: ['x'] }] });
    expect(r.truncated).toBe(false);
    expect(r.dataset.weighted).toBe(true);
    expect(Object.keys(r.dataset.multi)).toEqual(['stranded_reason', 'covid_impacts']);
    const schema = rowSchema('survey');
    for (const row of rows) expect(schema.safeParse(row).error).toBeUndefined();
  });

  it('an id already used in another file of the load is row.duplicate-id, naming that file', async () => {
    const a = t.file('dup-a.csv', csvText(SURVEY_HEADER, [surveyRow(1), surveyRow(2)]));
    const b = t.file('dup-b.csv', csvText(SURVEY_HEADER, [surveyRow(3), surveyRow(1)]));
    const r = await loadDataset({ files: [a, b] });
    expect(r.dataset.sources.map((s) => [s.accepted, s.rejected])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    const dup = r.issues.filter((i) => i.rule === 'row.duplicate-id');
    expect(dup.map((i) => [i.file, i.line, i.value])).toEqual([[b, 3, 'R1-1001']]);
    expect(dup[0]!.message).toContain(`already used in ${a} on line 2`);
  });

  it('derives minor for assistance and is unweighted', async () => {
    const a = t.file('a.csv', csvText(ASSISTANCE_HEADER, [assistanceRow(1, { age: '0.5' }), assistanceRow(2, { age: '18' }), assistanceRow(3, { age: '17.9' })]));
    const r = await loadDataset({ files: [a] });
    const rows = r.dataset.table.objects() as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.age, x.age_group, x.minor])).toEqual([
      [0.5, '0_4', 'yes'],
      [18, '18_24', 'no'],
      [17.9, '12_17', 'yes'],
    ]);
    expect(r.dataset.weighted).toBe(false);
    expect(r.dataset.multi).toEqual({
      assistance_types: ['food', 'nfi', 'hygiene_kit', 'shelter', 'avr', 'transport', 'medical', 'pcr_test', 'documents', 'consultation', 'cash', 'psychosocial'],
      vulnerabilities: expect.arrayContaining(['none', 'disability']),
    });
    const schema = rowSchema('assistance');
    for (const row of rows) expect(schema.safeParse(row).error).toBeUndefined();
  });

  it('is unweighted when a weight is missing on some row', async () => {
    const a = t.file('a.csv', csvText(SURVEY_HEADER, [surveyRow(1), surveyRow(2, { weight: '' })]));
    expect((await loadDataset({ files: [a] })).dataset.weighted).toBe(false);
  });

  it('refuses files of different kinds, no files, and a missing mapping file', async () => {
    const s = t.file('s.csv', csvText(SURVEY_HEADER, [surveyRow(1)]));
    const a = t.file('a.csv', csvText(ASSISTANCE_HEADER, [assistanceRow(1)]));
    await expect(loadDataset({ files: [s, a] })).rejects.toThrow(/give files of one kind/);
    await expect(loadDataset({ files: [] })).rejects.toBeInstanceOf(UsageError);
    await expect(loadDataset({ files: [s], mapping: `${t.dir}/none.json` })).rejects.toBeInstanceOf(UsageError);
  });

  it('caps the issues it keeps at maxIssues and says so', async () => {
    const a = t.file('a.csv', csvText(SURVEY_HEADER, Array.from({ length: 12 }, (_, i) => surveyRow(i, { sex: '?' }))));
    const r = await loadDataset({ files: [a], maxIssues: 5 });
    expect(r.issues).toHaveLength(5);
    expect(r.counts.errors).toBe(12);
    expect(r.truncated).toBe(true);
  });
});
