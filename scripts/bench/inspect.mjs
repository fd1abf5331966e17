/**
 * Looks at what a timed run wrote, once per case: whether validate says that issues were truncated,
 * whether query's counts agree with DuckDB's, what build published. Never throws: a finding is data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitRecord } from './csv-record.mjs';

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const TRUNCATION_WORDS = /truncat|omit|not (all )?(listed|kept|shown)|beyond|only the first|were kept|all were counted/i;

/** The text report of validate: does it say that only the first issues were kept and all were counted? */
export function inspectValidateText(stdoutFile, stderrFile, refStdout) {
  const text = `${readFileSync(stdoutFile, 'utf8').slice(0, 200_000)}\n${readFileSync(stderrFile, 'utf8').slice(0, 200_000)}`;
  const ref = readJson(refStdout);
  const counted = /errors\s+([\d,  ]+)/.exec(text);
  const lines = text.split('\n').filter((l) => TRUNCATION_WORDS.test(l) || /rows read|errors \d/.test(l));
  return {
    summaryLines: lines.slice(0, 5).map((l) => l.trim()),
    errorsCounted: counted ? Number(counted[1].replace(/\D/g, '')) : null,
    summaryMentionsTruncation: lines.some((l) => TRUNCATION_WORDS.test(l)),
    duckdb: ref ? { rows: ref.rows, rejected: ref.rejected } : null,
  };
}

export function inspectValidate(toolStdout, refStdout) {
  const doc = readJson(toolStdout);
  const ref = readJson(refStdout);
  if (!doc || typeof doc !== 'object') return { parsed: false };
  const s = doc.summary ?? {};
  const issues = Array.isArray(doc.issues) ? doc.issues.length : null;
  const counted = (Number(s.errors) || 0) + (Number(s.warnings) || 0);
  const summaryText = JSON.stringify(s);
  const explicit = Object.keys(s).filter((k) => TRUNCATION_WORDS.test(k) || TRUNCATION_WORDS.test(String(s[k])));
  return {
    parsed: true,
    summary: s,
    issuesListed: issues,
    issuesCounted: counted,
    listedFewerThanCounted: issues !== null && issues < counted,
    truncationFieldsInSummary: explicit,
    summaryMentionsTruncation: explicit.length > 0 || TRUNCATION_WORDS.test(summaryText),
    duckdb: ref ? { rows: ref.rows, rejected: ref.rejected, duplicate_ids: ref.duplicate_ids } : null,
    rowsAgree: ref ? Number(s.rows) === Number(ref.rows) : null,
  };
}

function csvTable(file) {
  try {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l !== '');
    const header = splitRecord(lines[0] ?? '');
    return lines.slice(1).map((l) => Object.fromEntries(splitRecord(l).map((v, i) => [header[i], v])));
  } catch {
    return null;
  }
}

export function inspectQuery(toolStdout, refStdout) {
  const tool = csvTable(toolStdout);
  const ref = csvTable(refStdout);
  if (!tool || !ref || tool.length === 0 || !('n' in tool[0]) || !('value' in tool[0])) {
    return { comparable: false, toolRows: tool ? tool.length : null, toolHead: existsSync(toolStdout) ? readFileSync(toolStdout, 'utf8').slice(0, 300) : null };
  }
  const key = (r) => `${r.country}|${r.sex}`;
  const refBy = new Map(ref.map((r) => [key(r), r]));
  let same = 0;
  const differ = [];
  for (const r of tool) {
    const d = refBy.get(key(r));
    if (d && Number(d.n) === Number(r.n) && Math.abs(Number(d.value) - Number(r.value)) < 1e-6) same++;
    else differ.push({ group: key(r), tool: { n: r.n, value: r.value }, duckdb: d ? { n: d.n, value: d.value } : null });
  }
  return { comparable: true, toolRows: tool.length, duckdbRows: ref.length, agreeing: same, differing: differ.slice(0, 5) };
}

export function inspectBuild(outDir) {
  const manifest = readJson(join(outDir, 'manifest.json'));
  if (!manifest) return { manifest: false };
  const outputs = Array.isArray(manifest.outputs) ? manifest.outputs : [];
  const pdfs = outputs.filter((o) => o.type === 'pdf');
  return {
    manifest: true,
    pdfs: pdfs.length,
    bulletins: [...new Set(pdfs.map((o) => o.bulletin))].sort(),
    langs: [...new Set(pdfs.map((o) => o.lang))].sort(),
    charts: outputs.filter((o) => o.type === 'chart').length,
    tables: outputs.filter((o) => o.type === 'table').length,
    inputs: (manifest.inputs ?? []).map((i) => ({ kind: i.kind, rows: i.rows, accepted: i.accepted, rejected: i.rejected })),
  };
}
