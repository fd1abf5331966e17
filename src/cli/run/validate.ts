/**
 * `bulletin validate FILE`: validates one export and reports (docs/cli.md). Summary and the first issues
 * on stderr; `--json` prints one JSON document on stdout; `--report FILE.csv|FILE.json` writes all
 * kept issues atomically. Exit 0 when no row is rejected, 1 when any is; usage problems throw.
 */
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { writeFileAtomic } from '../../fs/atomic-write.js';
import { envError } from '../../fs/env-error.js';
import { checkOutputFile } from '../../fs/output-guard.js';
import { EXIT, UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import type { Issue } from '../../model/issue.js';
import type { RuleCount } from '../../validate/issue-sink.js';
import { toCsv } from '../../text/csv-safe.js';
import { loadDataset } from '../../validate/load.js';
import { parseCutoff } from '../../pipeline/build-options.js';
import type { InstrumentKind } from '../../schema/instruments.js';
import type { CliContext } from '../context.js';

export interface ValidateFlags {
  kind?: string;
  mapping?: string;
  encoding?: string;
  sheet?: string;
  report?: string;
  maxIssues?: string;
  json?: boolean;
  force?: boolean;
  cutoff?: string;
}

const SHOWN = 20;
const ISSUE_FIELDS = ['severity', 'rule', 'file', 'line', 'column', 'value', 'expected', 'message'] as const;

interface ValidateDocument {
  /** The first file (the only one, usually). */
  file: string;
  /** Every file checked, when there are several. */
  files?: string[];
  kind: InstrumentKind;
  encoding: string;
  delimiter: string;
  /** The sheet read, for an Excel workbook. */
  sheet?: string;
  /** Sheets not read and the like (not issues of the data). */
  notes?: string[];
  summary: {
    rows: number;
    accepted: number;
    rejected: number;
    excluded: number;
    errors: number;
    warnings: number;
    issuesKept: number;
    issuesTruncated: boolean;
    /** Every issue counted per rule (beyond --max-issues too), most frequent first. */
    byRule: RuleCount[];
  };
  issues: Issue[];
}

function parseMaxIssues(v: string | undefined): number {
  if (v === undefined) return 10_000;
  if (!/^\d+$/.test(v.trim())) throw new UsageError('usage', msg.validate.maxIssues(v));
  return Number(v.trim());
}

function reportFormat(path: string): 'csv' | 'json' {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new UsageError('usage', msg.validate.reportFormat(path));
}

async function writeAtomically(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    throw envError('write', path, e);
  }
}

/** How a report of `validate` starts: the JSON document, or the CSV header (quoted or not). */
const REPORT_HEADS = ['{\n  "file": ', `\uFEFF${ISSUE_FIELDS.join(',')}`, `\uFEFF${ISSUE_FIELDS.map((f) => `"${f}"`).join(',')}`];

/** A report written by `bulletin validate` (JSON or CSV), recognised by how it starts. */
async function isReport(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(128);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8');
    return REPORT_HEADS.some((h) => head.startsWith(h));
  } finally {
    await fh.close();
  }
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Rows of cells as an aligned text table (the last column is not padded). */
function aligned(all: readonly (readonly string[])[]): string {
  const widths = all[0]!.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  return all.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

/** The first issues as an aligned text table. */
function issueTable(issues: readonly Issue[]): string {
  // a workbook's issues name the cell (F12) where a CSV's name the line
  const cells = issues.some((i) => i.cell !== undefined);
  const rows = issues.map((i) => [cells ? (i.cell ?? '') : i.line === null ? '' : String(i.line), i.severity, i.rule, i.column ?? '', clip(i.value ?? '', 24), clip(i.message, 100)]);
  return aligned([[cells ? 'cell' : 'line', 'severity', 'rule', 'column', 'value', 'message'], ...rows]);
}

/** Every issue counted per rule, with example values: what a data manager fixes first. */
function ruleTable(rules: readonly RuleCount[]): string {
  const rows = rules.map((r) => [r.rule, r.severity, String(r.count), r.examples.map((v) => JSON.stringify(clip(v, 30))).join(', ')]);
  return aligned([['rule', 'severity', 'issues', 'for example'], ...rows]);
}

export async function runValidateCommand(given: string | string[], flags: ValidateFlags, ctx: CliContext): Promise<number> {
  const files = typeof given === 'string' ? [given] : given;
  const file = files[0]!;
  const maxIssues = parseMaxIssues(flags.maxIssues);
  const format = flags.report !== undefined ? reportFormat(flags.report) : null;
  if (flags.report !== undefined) {
    // before any work: never over an input, nor over a file bulletin did not write (--force)
    const base = ctx.cwd ?? process.cwd();
    await checkOutputFile(resolve(base, flags.report), {
      flag: '--report',
      inputs: [...files, ...(flags.mapping ? [flags.mapping] : [])].map((f) => (f === '-' ? f : resolve(base, f))),
      force: flags.force === true,
      ownOutput: isReport,
    });
  }
  const { dataset, issues, counts, truncated } = await loadDataset({
    files,
    ...(flags.kind ? { kind: flags.kind as InstrumentKind } : {}),
    ...(flags.mapping ? { mapping: flags.mapping } : {}),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    maxIssues,
    collect: false,
    ...(flags.cutoff !== undefined ? { cutoff: parseCutoff(flags.cutoff)! } : {}),
  });
  const src = dataset.sources[0]!;
  const sum = (f: (s: typeof src) => number) => dataset.sources.reduce((n, s) => n + f(s), 0);
  const doc: ValidateDocument = {
    file,
    ...(files.length > 1 ? { files } : {}),
    kind: dataset.kind,
    encoding: src.encoding,
    delimiter: src.delimiter,
    ...(src.sheet !== undefined ? { sheet: src.sheet, notes: src.notes ?? [] } : {}),
    summary: {
      rows: sum((s) => s.rows),
      accepted: sum((s) => s.accepted),
      rejected: sum((s) => s.rejected),
      excluded: sum((s) => s.excludedNoConsent),
      errors: counts.errors,
      warnings: counts.warnings,
      issuesKept: issues.length,
      issuesTruncated: truncated,
      byRule: counts.byRule,
    },
    issues,
  };

  if (flags.report !== undefined && format) {
    const text =
      format === 'json'
        ? `${JSON.stringify(doc, null, 2)}\n`
        : toCsv(
            doc.sheet !== undefined ? [...ISSUE_FIELDS, 'cell'] : ISSUE_FIELDS,
            issues.map((i) => [...ISSUE_FIELDS.map((f) => i[f]), ...(doc.sheet !== undefined ? [i.cell ?? null] : [])]),
            { bom: true },
          );
    await writeAtomically(resolve(ctx.cwd ?? process.cwd(), flags.report), text);
  }

  if (flags.json) ctx.stdout.write(`${JSON.stringify(doc)}\n`);
  else {
    const err = ctx.stderr;
    err.write(`${doc.sheet !== undefined ? msg.validate.summaryTitleSheet(files.join(', '), doc.kind, doc.sheet) : msg.validate.summaryTitle(files.join(', '), doc.kind, doc.encoding, doc.delimiter)}\n`);
    for (const n of doc.notes ?? []) err.write(`${msg.validate.note(n)}\n`);
    err.write(`${msg.validate.summaryLine(doc.summary)}\n`);
    const total = counts.errors + counts.warnings;
    if (total === 0) err.write(`${msg.validate.allGood()}\n`);
    else {
      const shown = issues.slice(0, SHOWN);
      err.write(`${msg.validate.firstIssues(shown.length, total)}\n${issueTable(shown)}\n`);
      if (total > shown.length) {
        err.write(`${msg.validate.moreIssues(total - shown.length, flags.report === undefined)}\n`);
        err.write(`${msg.validate.byRule(total)}\n${ruleTable(counts.byRule)}\n`);
      }
      if (truncated) err.write(`${msg.validate.truncated(issues.length)}\n`);
    }
    if (flags.report !== undefined) err.write(`${msg.validate.reportWritten(flags.report, issues.length)}\n`);
  }
  return doc.summary.rejected > 0 ? EXIT.DATA : EXIT.OK;
}
