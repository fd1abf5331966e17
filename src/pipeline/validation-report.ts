/**
 * validation.json, published beside the PDFs: what validation found in the inputs, WITHOUT the
 * cells. A rejected or warned row may hold a name, a phone number or an address; the published
 * report carries, per issue, its severity, rule, file, line and column only, and per rule a count.
 * The values, what was expected and the messages (which quote values) stay in the local report of
 * `bulletin validate --report`, which is not published.
 */
import { msg } from '../messages/index.js';
import type { Conversion } from '../analyse/conversions.js';
import type { Issue } from '../model/issue.js';
import type { Loaded } from './prepare.js';
import type { ResolvedInputs } from './inputs.js';
import type { Finding } from '../check/finding.js';

interface PublishedIssue {
  severity: Issue['severity'];
  rule: string;
  file: string;
  line: number | null;
  column: string | null;
  /** In a workbook, the cell (`F12`): a place, not a value. */
  cell?: string;
}

/** An issue as published: the fields that hold no data value. */
function publishedIssue(i: Issue, file: string = i.file): PublishedIssue {
  return { severity: i.severity, rule: i.rule, file, line: i.line, column: i.column, ...(i.cell !== undefined ? { cell: i.cell } : {}) };
}

/** Issues counted per rule and severity, most frequent first (no example values). */
function countsByRule(issues: readonly PublishedIssue[]): Array<{ rule: string; severity: Issue['severity']; count: number }> {
  const by = new Map<string, { rule: string; severity: Issue['severity']; count: number }>();
  for (const i of issues) {
    const k = `${i.severity}|${i.rule}`;
    const e = by.get(k) ?? { rule: i.rule, severity: i.severity, count: 0 };
    e.count += 1;
    by.set(k, e);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

export function validationJson(loaded: readonly Loaded[], inputs: ResolvedInputs, conversion: Conversion | null = null, findings: readonly Finding[] = []): string {
  const rel = (p: string) => inputs.display.get(p) ?? p;
  // a workbook's issues name `path!sheet`
  const relFile = (f: string) => {
    const bang = f.lastIndexOf('!');
    return inputs.display.get(f) ?? (bang > 0 && inputs.display.has(f.slice(0, bang)) ? `${rel(f.slice(0, bang))}${f.slice(bang)}` : f);
  };
  const issues = loaded.flatMap((l) => l.issues).map((i) => publishedIssue(i, relFile(i.file)));
  const report = {
    inputs: loaded.flatMap((l) =>
      l.dataset.sources.map((s) => ({
        path: rel(s.path),
        kind: s.kind,
        encoding: s.encoding,
        delimiter: s.delimiter,
        ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
        rows: s.rows,
        accepted: s.accepted,
        rejected: s.rejected,
        excludedNoConsent: s.excludedNoConsent,
        errors: s.errors,
        warnings: s.warnings,
      })),
    ),
    truncated: loaded.some((l) => l.truncated),
    note: msg.build.validationValuesWithheld(),
    byRule: countsByRule(issues),
    // amounts that had no exchange rate for their currency and month: left out of the USD figures
    ...(conversion && conversion.missing.length > 0 ? { notConverted: conversion.missing } : {}),
    issues,
    // what the publication check found on the pages (check/): published text, never input cells
    publication: findings,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
