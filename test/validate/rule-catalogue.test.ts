// The rule catalogue (src/validate/rules.ts): every issue's rule comes from it, and the README lists it.
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import { RULES, type Rule } from '../../src/validate/rules.js';
import { expectGeneratedSection } from '../helpers/generated-section.js';
import { runCli } from '../helpers/run-cli.js';

/** The catalogue's rules, then the instruments' cross-field rules (each id once). */
function allRules(): Rule[] {
  const out = new Map<string, Rule>();
  for (const r of Object.values(RULES)) out.set(r.perColumn ? `<column>.${r.id}` : r.id, r);
  for (const inst of Object.values(INSTRUMENTS)) for (const r of inst.rules) if (!out.has(r.id)) out.set(r.id, r);
  return [...out.values()];
}

function readmeTable(): string {
  const rows = allRules().map((r) => `| \`${r.perColumn ? `<column>.${r.id}` : r.id}\` | ${r.severity} | ${r.description} |`);
  return ['| rule | severity | what it finds |', '|---|---|---|', ...rows].join('\n');
}

/** The rule an id belongs to, if any. */
function ruleOf(id: string): Rule | undefined {
  const columns = new Set(Object.values(INSTRUMENTS).flatMap((i) => i.columns.map((c) => c.name)));
  return allRules().find((r) => {
    if (!r.perColumn) return r.id === id;
    const dot = id.lastIndexOf('.');
    return id.slice(dot + 1) === r.id && columns.has(id.slice(0, dot));
  });
}

describe('the rule catalogue', () => {
  it('is listed in the README as the code declares it', () => {
    expectGeneratedSection('README.md', 'rule-ids', readmeTable());
  });

  it('names the rule and the severity of every issue validate reports', async () => {
    const seen = new Set<string>();
    for (const file of ['data-samples/survey-invalid.csv']) {
      const r = await runCli(['validate', file, '--json']);
      expect(r.code, r.stderr).toBe(1);
      const issues = (JSON.parse(r.stdout) as { issues: Array<{ rule: string; severity: string }> }).issues;
      for (const i of issues) {
        const rule = ruleOf(i.rule);
        expect(rule, i.rule).toBeDefined();
        expect(i.severity, i.rule).toBe(rule?.severity);
        seen.add(i.rule);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
