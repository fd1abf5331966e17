// The fuzz properties only mean something if the commands do real work: a canonical file must
// validate cleanly, and one bad age must be found. These fail while `validate` is a placeholder.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalTable, type Table } from './canonical-rows.js';
import { serialise } from './csv-arbitraries.js';
import { makeFuzzDir } from './fuzz-dir.js';
import { runCli } from './run-cli.js';

const dir = makeFuzzDir();
afterAll(() => dir.remove());

const canonicalLayout = { delimiter: ',', eol: '\n', quoteAll: false, bom: 'none', encoding: 'utf-8', trailer: '\n' } as const;

function write(name: string, t: Table): string {
  const path = join(dir.path, name);
  writeFileSync(path, serialise([t.header, ...t.rows], canonicalLayout));
  return path;
}

interface ValidateJson {
  summary: { rows: number; accepted: number; rejected: number };
  issues: { rule: string; line: number; column: string; value: string }[];
}

describe('canonical files do real work in validate', () => {
  it.each(['survey', 'assistance'] as const)('a canonical %s table built from the declarations validates with exit 0', async (kind) => {
    const path = write(`${kind}.csv`, canonicalTable(kind, 50, 5));
    const run = await runCli(['validate', path, '--json'], 30_000);
    expect(run.stderr).not.toMatch(/not available/);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.summary.rows).toBe(50);
    expect(doc.summary.rejected).toBe(0);
  });

  it('an age of 250 on the third data row is rejected as age.range on line 4', async () => {
    const t = canonicalTable('survey', 10, 6);
    const age = t.header.indexOf('age');
    const rows = t.rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === age ? '250' : c)) : r));
    const path = write('bad-age.csv', { header: t.header, rows });
    const run = await runCli(['validate', path, '--json'], 30_000);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.summary.rejected).toBe(1);
    expect(doc.issues).toContainEqual(expect.objectContaining({ rule: 'age.range', line: 4, column: 'age', value: '250' }));
  });

  it('what `bulletin sample` writes validates with exit 0', async () => {
    const out = join(dir.path, 'sample');
    const made = await runCli(['sample', '--kind', 'all', '--rows', '300', '--seed', '7', '--out', out], 60_000);
    expect(made.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const run = await runCli(['validate', join(out, f), '--json'], 60_000);
      expect({ file: f, code: run.code }).toEqual({ file: f, code: 0 });
    }
  });
});
