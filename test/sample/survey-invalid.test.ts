/** data-samples/survey-invalid.csv holds exactly the deliberate errors of INVALID_CASES, and the README lists them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVALID_BASE, INVALID_CASES } from '../../src/sample/invalid-cases.js';
import { surveyHeader, surveyRecords } from '../../src/sample/survey-generator.js';
import { SAMPLES_DIR, readSample } from './read-csv.js';

const csv = readSample('survey-invalid.csv');
const base = [...surveyRecords({ rows: INVALID_BASE.rows, seed: INVALID_BASE.seed, weighted: false })];
// No quoted line breaks in this file: data row i is on line i + 2.
const rowAt = (line: number) => csv.raw[line - 2] as string[];

describe('data-samples/survey-invalid.csv', () => {
  it('is the base sample plus one split column', () => {
    expect(csv.header).toEqual([...surveyHeader(false), INVALID_BASE.splitColumn]);
    expect(csv.raw).toHaveLength(INVALID_BASE.rows);
  });

  it('differs from the base sample only on the lines of the cases, one case per line', () => {
    const lines = new Set(INVALID_CASES.map((c) => c.line));
    expect(lines.size).toBe(INVALID_CASES.length);
    base.forEach((r, i) => {
      const line = i + 2;
      const fields = rowAt(line);
      const split = (r.priority_needs ?? '') === '' ? '' : r.priority_needs!.split(' ').includes('food') ? '1' : '0';
      const expectedFields = [...surveyHeader(false).map((h) => r[h] ?? ''), split];
      const changed = csv.header.filter((_h, j) => (fields[j] ?? '') !== expectedFields[j]);
      if (!lines.has(line)) expect(changed, `line ${line}`).toEqual([]);
      else expect(changed.length, `line ${line}`).toBeGreaterThan(0);
    });
  });

  it.each(INVALID_CASES.map((c) => [c.line, c.rule ?? c.severity, c] as const))('line %i: %s', (line, _rule, c) => {
    const fields = rowAt(line);
    if (c.dropFields) {
      expect(fields.length).toBe(csv.header.length - c.dropFields);
      return;
    }
    const at = (col: string) => fields[csv.header.indexOf(col)];
    if (c.duplicateOfLine) expect(at('response_id')).toBe(rowAt(c.duplicateOfLine)[0]);
    else if (c.column === INVALID_BASE.splitColumn) {
      const parentHasFood = (at('priority_needs') ?? '').split(' ').includes('food');
      expect(at(c.column)).toBe(parentHasFood ? '0' : '1');
    } else expect(at(c.column)).toBe(c.value);
    for (const [k, v] of Object.entries(c.also ?? {})) expect(at(k)).toBe(v);
  });

  it('keeps the split column in agreement with its parent on every other line', () => {
    csv.rows.forEach((r, i) => {
      if (i + 2 === 33 || (r.priority_needs ?? '') === '') return;
      expect(r[INVALID_BASE.splitColumn], `line ${i + 2}`).toBe(r.priority_needs!.split(' ').includes('food') ? '1' : '0');
    });
  });

  it('is documented line by line in data-samples/README.md', () => {
    const readme = readFileSync(`${SAMPLES_DIR}README.md`, 'utf8');
    for (const c of INVALID_CASES) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${c.line} |`));
      expect(row, `README row for line ${c.line}`).toBeDefined();
      expect(row).toContain(`\`${c.column}\``);
      expect(row).toContain(c.rule === null ? c.severity : `\`${c.rule}\``);
    }
  });
});
