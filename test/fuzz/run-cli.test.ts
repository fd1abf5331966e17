// The checks of the fuzz contract catch what they must, so that a passing fuzz run means something.
import { describe, expect, it } from 'vitest';
import { contractViolations, runCli, type CliRun } from './run-cli.js';

const run = (over: Partial<CliRun>): CliRun => ({ argv: ['validate', 'x.csv'], code: 0, stdout: '', stderr: '', ms: 5, ...over });
const opts = { json: false, timeBoundMs: 1000 };

describe('contractViolations', () => {
  it('accepts exit codes 0, 1 and 2 with clean output', () => {
    for (const code of [0, 1, 2]) expect(contractViolations(run({ code }), opts)).toEqual([]);
  });

  it('flags exit 3, a hang, and a slow answer', () => {
    expect(contractViolations(run({ code: 3 }), opts)).toEqual(['exit code 3']);
    expect(contractViolations(run({ code: 'timeout', ms: 1001 }), opts)).toHaveLength(2);
    expect(contractViolations(run({ ms: 1500 }), opts)).toEqual(['took 1500 ms (bound 1000 ms)']);
  });

  it('flags a stack trace on either stream but not a value that merely contains "at"', () => {
    const frame = 'Error: boom\n    at parse (file:///work/main/src/ingest/read.ts:10:5)\n    at node:internal/x:1:2\n';
    expect(contractViolations(run({ stderr: frame }), opts)).toEqual(['stack trace on stderr']);
    expect(contractViolations(run({ stdout: `    at Object.<anonymous> (/x/y.js:3:9)` }), opts)).toEqual(['stack trace on stdout']);
    expect(contractViolations(run({ stdout: 'line 3: value "    at home" is not a code' }), opts)).toEqual([]);
  });

  it('with --json requires exactly one JSON document on stdout', () => {
    const json = { json: true, timeBoundMs: 1000 };
    expect(contractViolations(run({ stdout: '{"summary":{}}\n' }), json)).toEqual([]);
    expect(contractViolations(run({ stdout: '{"a":1}\n{"b":2}\n' }), json)).toEqual(['stdout is not one JSON document']);
    expect(contractViolations(run({ stdout: '' }), json)).toEqual(['stdout is not one JSON document']);
  });
});

describe('runCli', () => {
  it('captures the exit code and output of main()', async () => {
    const r = await runCli(['--version'], 10_000);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
