import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('bulletin CLI', () => {
  it('prints the version from package.json', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists the four commands in its help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['build', 'validate', 'query', 'sample']) expect(r.stdout).toContain(c);
  });

  it('exits 2 on an unknown command, without a stack trace', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option', async () => {
    const r = await runCli(['validate', 'x.csv', '--no-such-flag']);
    expect(r.code).toBe(2);
  });

  it('exits 2 when a required argument is missing', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(2);
  });

  it('prints usage errors as a JSON document with --json', async () => {
    const r = await runCli(['query', '--json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(doc.error.code).toBe('usage');
    expect(doc.error.message).toMatch(/missing required argument/);
    expect(r.stderr).toBe('');
  });

  it('reports a missing input file as exit 2', async () => {
    const r = await runCli(['validate', '/nonexistent/dir/survey.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/survey\.csv/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
