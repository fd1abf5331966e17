/**
 * `query --kind raw` keeps every column of any CSV, so it is where personal columns leaked: each
 * spelling of the adversarial pass (and a column whose name says nothing but whose values are
 * phones, e-mails, coordinates or names) is dropped on reading and cannot be grouped or shown.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/text/csv-safe.js';
import { PERSONAL_SPELLINGS } from '../helpers/personal-spellings.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-raw-personal-'));
const SECRET = (i: number) => `Sidorova Anna ${i} +7916000${String(i).padStart(4, '0')}`;
const CONTENT: Record<string, (i: number) => string> = {
  comment: (i) => (i === 3 ? 'call +79160000001' : 'ok'),
  contact_info: (i) => (i === 2 ? 'anna@example.org' : ''),
  where_met: (i) => (i === 1 ? '42.874621 74.569762 800 5' : 'market'),
  who: (i) => (i === 4 ? 'Petrov Petr' : 'self'),
};

function file(): string {
  const header = ['country', 'sex', ...PERSONAL_SPELLINGS, ...Object.keys(CONTENT)];
  const rows = Array.from({ length: 6 }, (_, i) => ['KGZ', i % 2 ? 'male' : 'female', ...PERSONAL_SPELLINGS.map(() => SECRET(i)), ...Object.values(CONTENT).map((f) => f(i))]);
  const path = join(dir, 'raw.csv');
  writeFileSync(path, [csvLine(header), ...rows.map((r) => csvLine(r))].join('\n'));
  return path;
}

describe('query --kind raw drops personal columns', () => {
  const path = file();
  it('by name, in every spelling', async () => {
    for (const h of PERSONAL_SPELLINGS) {
      const r = await runCli(['query', path, '--kind', 'raw', '--by', h, '--format', 'csv']);
      expect(r.code, JSON.stringify(h)).toBe(2);
      expect(r.stdout).not.toContain('Sidorova');
    }
  });

  it('by content: phones, e-mails, coordinates and names in a column with an innocent name', async () => {
    for (const h of Object.keys(CONTENT)) {
      const r = await runCli(['query', path, '--kind', 'raw', '--by', h, '--format', 'csv']);
      expect(r.code, h).toBe(2);
      expect(r.stdout).not.toMatch(/7916|anna@|42\.87|Petrov/);
    }
  });

  it('keeps the other columns', async () => {
    const r = await runCli(['query', path, '--kind', 'raw', '--by', 'sex', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Sidorova|7916|anna@|Petrov/);
    expect(r.stderr).toContain(`${PERSONAL_SPELLINGS.length + Object.keys(CONTENT).length} columns left out as personal data`);
  });
});
