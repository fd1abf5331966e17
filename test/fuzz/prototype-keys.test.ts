/**
 * Values and headers that are names of Object.prototype members must be read as data, never as
 * properties of a lookup table (found by `npm run fuzz`: `constructor` in admin1, a `__proto__` column).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const sample = readFileSync(new URL('../../data-samples/survey.csv', import.meta.url), 'utf8').split('\n');
const header = (sample[0] ?? '').split(',');

function withCell(column: string, value: string): string {
  const i = header.indexOf(column);
  const lines = sample.slice(0, 20).map((line, k) => {
    if (k === 0) return line;
    const cells = line.split(',');
    if (k === 3) cells[i] = value;
    return cells.join(',');
  });
  const file = join(dir, `${column}-${value}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('prototype member names as data', () => {
  for (const word of WORDS) {
    for (const column of ['admin1', 'sex', 'country', 'covid_impacts', 'remittance_currency', 'consent']) {
      it(`validate and query read "${word}" in ${column} as a value`, async () => {
        const file = withCell(column, word);
        const v = await runCli(['validate', file, '--json']);
        expect([0, 1]).toContain(v.code);
        expect(() => JSON.parse(v.stdout)).not.toThrow();
        const q = await runCli(['query', file, '--by', column, '--format', 'json']);
        expect([0, 1, 2]).toContain(q.code);
        expect(q.stderr).not.toMatch(/internal error/);
      });
    }

    it(`query keeps a column named "${word}" as a group key (__proto__ too: raw columns are held in null-prototype maps)`, async () => {
      const file = join(dir, `col-${word}.csv`);
      writeFileSync(file, `${word},other\na,1\nb,2\na,3\n`);
      for (const kind of ['raw']) {
        const r = await runCli(['query', file, '--kind', kind, '--by', word, '--format', 'json']);
        expect(r.stderr).not.toMatch(/internal error/);
        expect(r.code).toBe(0);
        const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
        expect(rows.map((row) => Object.prototype.hasOwnProperty.call(row, word) ? row[word] : 'MISSING')).toEqual(['a', 'b']);
        const csv = await runCli(['query', file, '--kind', kind, '--by', word, '--format', 'csv']);
        expect(csv.code).toBe(0);
        expect(csv.stdout.split('\n')[0]).toContain(word);
      }
    });
  }
});
