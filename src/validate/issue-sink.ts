/**
 * Collects issues: keeps the first `maxIssues` (messages are built only for those) and counts all.
 */
import type { Issue, Severity } from '../model/issue.js';
import { detach } from './detach.js';

export const DEFAULT_MAX_ISSUES = 10_000;
const VALUE_CHARS = 200;

export class IssueSink {
  readonly issues: Issue[] = [];
  errors = 0;
  warnings = 0;
  constructor(readonly maxIssues: number = DEFAULT_MAX_ISSUES) {}

  get truncated(): boolean {
    return this.errors + this.warnings > this.issues.length;
  }

  add(
    severity: Severity,
    rule: string,
    file: string,
    line: number | null,
    column: string | null,
    value: string | null,
    expected: string | null,
    message: () => string,
  ): void {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    if (this.issues.length >= this.maxIssues) return;
    const v = value === null ? null : detach(value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS - 1)}…` : value);
    this.issues.push({ severity, rule, file, line, column: column === null ? null : detach(column), value: v, expected, message: detach(message()) });
  }
}
