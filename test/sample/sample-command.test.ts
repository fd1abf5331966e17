import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-sample-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { CI: 'true' },
    cwd: dir,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

describe('bulletin sample', () => {
  it('writes the files under --out, relative to the working directory, and reports them', async () => {
    const r = await run(['sample', '--kind', 'survey', '--rows', '50', '--seed', '9', '--out', 'out1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('out1/survey.csv: 50 rows');
    expect(readFileSync(join(dir, 'out1', 'survey.csv'), 'utf8').trim().split('\n')).toHaveLength(51);
  });

  it('prints one JSON document with --json, paths as given', async () => {
    const r = await run(['sample', '--kind', 'all', '--rows', '20', '--out', 'out2', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { seed: number; files: Array<{ path: string; kind: string; rows: number }> };
    expect(doc.seed).toBe(1);
    expect(doc.files.map((f) => [f.path, f.kind, f.rows])).toEqual([
      ['out2/survey.csv', 'survey', 20],
      ['out2/assistance.csv', 'assistance', 10],
    ]);
  });

  it('adds the weight column with --weighted', async () => {
    const r = await run(['sample', '--kind', 'survey', '--rows', '5', '--weighted', '--out', 'out3']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out3', 'survey.csv'), 'utf8').split('\n')[0]).toContain(',weight,');
  });

  it.each([
    [['--rows', '0']],
    [['--rows', 'abc']],
    [['--rows', '1.5']],
    [['--rows', '20000000']],
    [['--seed', '-1']],
    [['--seed', 'x']],
    [['--seed', '99999999999']],
    [['--kind', 'people']],
  ])('rejects %j with exit 2 and no stack trace', async (args) => {
    const r = await run(['sample', '--out', 'never', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('reports bad options as a JSON error with --json', async () => {
    const r = await run(['sample', '--rows', 'many', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'sample.rows', exitCode: 2 } });
  });

  it('exits 2 when the output directory cannot be made', async () => {
    const r = await run(['sample', '--kind', 'survey', '--rows', '3', '--out', 'out1/survey.csv/sub']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write');
  });
});
