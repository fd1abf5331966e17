/** `bulletin build` through the command line: exit codes, --json, --config, progress only at a terminal. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ASSISTANCE = 'test/pipeline/fixtures/assistance-small.csv';
const work = mkdtempSync(join(tmpdir(), 'bulletin-cli-'));

async function cli(args: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    env: opts.env ?? {},
    cwd: ROOT,
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}

describe('bulletin build on the command line', () => {
  it.each([
    [['build', '--bulletin', '7'], /--bulletin: "7" is not one of/],
    [['build', '--period', '2021-13'], /--period: "2021-13" is not YYYY-MM/],
    [['build', '--period', '2021-04..2020-10'], /--period/],
    [['build', '--country', 'XX1'], /--country: "XX1"/],
    [['build', '--lang', 'fr'], /--lang: "fr" is not one of "en", "ru"/],
    [['build', '--min-cell', '-1'], /--min-cell: "-1"/],
    [['build', '--survey', 'no/such.csv'], /cannot read no\/such\.csv: no such file/],
  ])('exits 2 with a clear message, no stack: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks the configuration file and names the bad key', async () => {
    const config = join(work, 'bad.json');
    writeFileSync(config, JSON.stringify({ bulletins: [6] }));
    const r = await cli(['build', '--config', config, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(out.error.code).toBe('config.invalid');
    expect(out.error.message).toMatch(/bulletins/);
  });

  it('exits 1 under --strict when rows are rejected', async () => {
    const r = await cli(['build', '--survey', 'test/pipeline/fixtures/survey-small.csv', '--bulletin', '1', '--strict', '--out', join(work, 'strict')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--strict: 1 rows rejected/);
  });

  it('builds from a configuration file, prints one JSON document, no progress in CI', async () => {
    const config = join(work, 'build.json');
    writeFileSync(config, JSON.stringify({ assistance: [join(ROOT, ASSISTANCE)], bulletin: [6], lang: 'en', out: 'out-config', minCell: 0 }));
    const r = await cli(['build', '--config', config, '--json'], { tty: true, env: { CI: 'true' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { pdfs: number; manifest: { options: { minCell: number; lang: string[] }; outputs: unknown[] } };
    expect(doc.pdfs).toBe(1);
    expect(doc.manifest.options).toMatchObject({ minCell: 0, lang: ['en'] });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 300_000);

  it('shows a progress bar on a terminal, and a summary', async () => {
    const r = await cli(['build', '--assistance', ASSISTANCE, '--bulletin', '6', '--lang', 'ru', '--out', join(work, 'tty')], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[#*\.*\] \[0\/1\] ru\/06-direct-assistance\.pdf/);
    expect(r.stderr).toMatch(/built 1 PDF, \d+ chart files and \d+ tables in /);
    expect(r.stdout).toBe('');
  }, 300_000);
});
