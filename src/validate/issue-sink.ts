/**
 * Collects issues: keeps the first `maxIssues` (messages are built only for those) and counts all,
 * also per rule (with the first few distinct values as examples), so that a summary by rule covers
 * issues beyond the cap too.
 */
import type { Issue, Severity } from '../model/issue.js';
import { detach } from './detach.js';
import { ruleId, type Rule } from './rules.js';

export const DEFAULT_MAX_ISSUES = 10_000;
const VALUE_CHARS = 200;
/** Distinct example values kept per rule. */
const RULE_EXAMPLES = 3;
const EXAMPLE_CHARS = 40;

/** What an issue is built from: the rule (rules.ts, or an instrument's cross-field rule) and where. */
export interface IssueInput {
  rule: Rule;
  file: string;
  line: number | null;
  /** The column the issue is in. */
  column: string | null;
  /** For a rule of a column: the question it is about, when it is not `column` (a split column `q/opt` → `q`). */
  question?: string;
  /** The value as found. */
  value: string | null;
  /** What was expected, when finer than the rule's `expected`. */
  expected?: string | null;
  /** Built only for the issues kept. */
  message: () => string;
}

/** How often one rule fired, with the first distinct values it fired on. */
export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
  examples: string[];
}

export class IssueSink {
  readonly issues: Issue[] = [];
  errors = 0;
  warnings = 0;
  private readonly rules = new Map<string, RuleCount>();
  constructor(readonly maxIssues: number = DEFAULT_MAX_ISSUES) {}

  get truncated(): boolean {
    return this.errors + this.warnings > this.issues.length;
  }

  add(input: IssueInput): void {
    const { file, line, column, value, message } = input;
    const { severity } = input.rule;
    const rule = ruleId(input.rule, input.question ?? column);
    const expected = input.expected ?? input.rule.expected ?? null;
    if (severity === 'error') this.errors++;
    else this.warnings++;
    this.countRule(severity, rule, value);
    if (this.issues.length >= this.maxIssues) return;
    const v = value === null ? null : detach(value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS - 1)}…` : value);
    this.issues.push({ severity, rule, file, line, column: column === null ? null : detach(column), value: v, expected, message: detach(message()) });
  }

  /** Counts per rule, most frequent first (then by rule id). */
  byRule(): RuleCount[] {
    return [...this.rules.values()].map((r) => ({ ...r, examples: [...r.examples] })).sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  }

  private countRule(severity: Severity, rule: string, value: string | null): void {
    let r = this.rules.get(rule);
    if (r === undefined) {
      r = { rule: detach(rule), severity, count: 0, examples: [] };
      this.rules.set(r.rule, r);
    }
    r.count++;
    if (value === null || value === '' || r.examples.length >= RULE_EXAMPLES) return;
    const v = value.length > EXAMPLE_CHARS ? `${value.slice(0, EXAMPLE_CHARS - 1)}…` : value;
    if (!r.examples.includes(v)) r.examples.push(detach(v));
  }
}
