/** issue 10: dates outside 2000 … the data cut-off, ambiguous separators, weights beyond the maximum. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { writeSamples } from '../../src/sample/write-samples.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'data-samples/survey.csv');

/** The sample's first rows with one cell of row 1 (and row 2) replaced. */
function withCell(column: string, values: string[], source = SAMPLE): string {
  const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n');
  const cols = header!.split(',');
  const at = cols.indexOf(column);
  expect(at).toBeGreaterThanOrEqual(0);
  // rows without quotes, so that a split on commas is the CSV's
  const plain = rows.filter((r) => !r.includes('"') && r.split(',').length === cols.length && /,yes,/.test(r)).slice(0, values.length + 3);
  const edited = plain.map((r, i) => {
    if (i >= values.length) return r;
    const cells = r.split(',');
    cells[at] = values[i]!.includes(',') ? `"${values[i]}"` : values[i]!;
    return cells.join(',');
  });
  const file = join(mkdtempSync(join(tmpdir(), 'plaus-')), 'survey.csv');
  writeFileSync(file, [header, ...edited].join('\n') + '\n');
  return file;
}

describe('plausibility rules of the instrument', () => {
  it('a date after the data cut-off, or before 2000, is an error (interview_date.range); the cut-off is configurable', async () => {
    const file = withCell('interview_date', ['2099-12-31', '1900-01-01']);
    const r = await loadDataset({ files: [file], kind: 'survey', collect: false });
    const range = r.issues.filter((i) => i.rule === 'interview_date.range');
    expect(range.map((i) => i.value)).toEqual(['2099-12-31', '1900-01-01']);
    expect(range[0]!.expected).toMatch(/from 2000-01-01 to \d{4}-\d{2}-\d{2} \(the data cut-off\)/);
    const later = await loadDataset({ files: [file], kind: 'survey', collect: false, cutoff: '2100-01-01' });
    expect(later.issues.filter((i) => i.rule === 'interview_date.range').map((i) => i.value)).toEqual(['1900-01-01']);
  });

  it('"16,000" and "16.000" are warnings naming both readings', async () => {
    const file = withCell('remittance_amount', ['16,000', '16.000']);
    const r = await loadDataset({ files: [file], kind: 'survey', collect: false });
    const amb = r.issues.filter((i) => i.rule === 'remittance_amount.ambiguous-separator');
    expect(amb).toHaveLength(2);
    for (const i of amb) {
      expect(i.severity).toBe('warning');
      expect(i.line).toBeGreaterThan(1);
      expect(i.message).toMatch(/as 16 or as 16000/);
    }
  });

  it('a weight above the documented maximum is a validation error, not a crash later', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weighted-'));
    await writeSamples({ kind: 'survey', rows: 60, seed: 3, weighted: true, outDir: dir });
    const file = withCell('weight', ['1e308', '1e308'], join(dir, 'survey.csv'));
    const r = await loadDataset({ files: [file], kind: 'survey', collect: false });
    expect(r.issues.filter((i) => i.rule === 'weight.range')).toHaveLength(2);
  });
});
