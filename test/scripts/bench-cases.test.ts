// The bench's command line and its issue-16 cases (and the targets of issue 14): `--only speed` / a case id must select them, and
// each speed case must name its reference and its target (eslint and tsc do not read scripts/*.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bench, without types
import { parseArgs } from '../../scripts/bench/args.mjs';
// @ts-expect-error: a plain .mjs module of the bench, without types
import { benchCases } from '../../scripts/bench/cases.mjs';

interface Case {
  id: string;
  command: string;
  group?: string;
  target: { ratio?: number; peakRssMiB?: number } | null;
  tool: (rep: number) => string[];
  reference?: { name: string; app: string; args: (rep: number) => string[] };
  prime?: boolean;
  keepOut?: boolean;
  identity?: boolean;
}

const cases = (benchCases({ survey100k: '/data/survey-100k.csv' }, '/work', { commit: '8369c77' }) as Case[]).filter((c) => c.group === 'speed');
const byId = (id: string) => cases.find((c) => c.id === id) as Case;

describe('bench: the speed cases (issue 16)', () => {
  it('takes a group or a case id after --only, as well as a command', () => {
    expect((parseArgs(['--only', 'speed']) as { only: string[] }).only).toEqual(['speed']);
    expect((parseArgs(['--only', 'build-samples-vs-8369c77,query']) as { only: string[] }).only).toEqual(['build-samples-vs-8369c77', 'query']);
  });

  it('times cold builds against the same build of 8369c77, with the targets of the issue', () => {
    for (const id of ['build-samples-vs-8369c77', 'build-100k-vs-8369c77']) {
      const c = byId(id);
      expect(c.reference?.app).toBe('reference');
      expect(c.reference?.name).toContain('8369c77');
      expect(c.tool(0)).toContain('--no-cache');
      expect(c.reference?.args(0)).toContain('--no-cache');
      expect(c.target?.ratio).toBe(0.5);
      expect(c.identity).toBe(true);
    }
    expect(byId('build-100k-vs-8369c77').tool(0)).toEqual(expect.arrayContaining(['--survey', '/data/survey-100k.csv', '--assistance']));
    expect(byId('build-100k-vs-8369c77').target?.peakRssMiB).toBe(1024);
  });

  it('times an unchanged rebuild (cache on, the same --out, primed) against a cold build of this commit', () => {
    const c = byId('rebuild-samples-unchanged');
    expect(c.prime && c.keepOut).toBe(true);
    expect(c.tool(0)).not.toContain('--no-cache');
    expect(c.tool(0)).toEqual(c.tool(1));
    expect(c.reference?.app).toBe('current');
    expect(c.reference?.args(0)).toContain('--no-cache');
    expect(c.target?.ratio).toBe(0.15);
  });
});

describe('bench: the targets of issue 14', () => {
  const all = benchCases({ survey100k: '/data/survey-100k.csv', survey1m: '/data/survey-1m.csv' }, '/work', { commit: '8369c77' }) as Case[];
  const target = (id: string) => all.find((c) => c.id === id)?.target;

  it('query 100k at most 1.0x DuckDB cold and 0.3x warm; validate 1M at most 2.0x in at most 1 GiB', () => {
    expect(target('query-100k')?.ratio).toBe(1);
    expect(target('query-100k-warm')?.ratio).toBe(0.3);
    expect(target('validate-1m')).toEqual({ ratio: 2, peakRssMiB: 1024 });
  });
});
