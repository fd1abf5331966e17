/**
 * The bundled files are exactly what `bulletin sample` writes (seed 1, defaults; `--kind invalid`),
 * here in the tests' time zone (Asia/Bishkek), whatever the zone they were made in.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSamples } from '../../src/sample/write-samples.js';
import { assistanceRecordStream } from '../../src/sample/assistance-generator.js';
import { SAMPLES_DIR, parseCsv } from './read-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled samples are reproducible', () => {
  it('regenerates data-samples/survey.csv and assistance.csv byte for byte', async () => {
    const files = await writeSamples({ kind: 'all', seed: 1, outDir: dir, weighted: false });
    expect(files.map((f) => [f.name, f.rows])).toEqual([
      ['survey.csv', 4000],
      ['assistance.csv', 2166],
    ]);
    for (const name of ['survey.csv', 'assistance.csv']) {
      expect(readFileSync(join(dir, name)).equals(readFileSync(join(SAMPLES_DIR, name))), name).toBe(true);
    }
  });

  it('regenerates data-samples/survey-invalid.csv byte for byte', async () => {
    await writeSamples({ kind: 'invalid', seed: 1, outDir: dir, weighted: false });
    expect(readFileSync(join(dir, 'survey-invalid.csv')).equals(readFileSync(join(SAMPLES_DIR, 'survey-invalid.csv')))).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    // only the record of what sample wrote (write-samples.ts), no temporary file
    expect(readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual(['.bulletin-sample.json']);
  });

  it('keeps the seed figures for another seed, and only the fill changes', () => {
    const a = [...assistanceRecordStream({ seed: 1 })];
    const b = [...assistanceRecordStream({ seed: 2 })];
    expect(b).toHaveLength(a.length);
    expect(b).not.toEqual(a);
    const males = (rs: typeof a, office: string) => rs.filter((r) => r.office === office && r.sex === 'male').length;
    for (const office of ['KGZ', 'TJK', 'KAZ', 'RUS']) expect(males(b, office)).toBe(males(a, office));
  });

  it('scales the assistance proportions to another row count', async () => {
    const files = await writeSamples({ kind: 'assistance', rows: 1000, seed: 3, outDir: dir, weighted: false });
    expect(files[0]?.rows).toBe(1000);
    const rows = parseCsv(readFileSync(join(dir, 'assistance.csv'), 'utf8')).rows;
    const rus = rows.filter((r) => r.office === 'RUS').length;
    expect(Math.abs(rus - Math.round((1452 / 2166) * 1000))).toBeLessThanOrEqual(2);
    expect(new Set(rows.map((r) => r.case_id)).size).toBe(1000);
  });

  it('gives half the rows to assistance with --kind all --rows N', async () => {
    const files = await writeSamples({ kind: 'all', rows: 300, seed: 4, outDir: dir, weighted: true });
    expect(files.map((f) => f.rows)).toEqual([300, 150]);
    expect(parseCsv(readFileSync(join(dir, 'survey.csv'), 'utf8')).header).toContain('weight');
  });
});
