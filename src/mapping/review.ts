/** The review table of a proposal (`bulletin mapping`), as plain aligned text. */
import { msg } from '../messages/index.js';
import type { ExportCheck } from './check-export.js';
import type { Proposal } from './propose.js';

function aligned(rows: readonly (readonly string[])[], indent = '  '): string {
  if (rows.length === 0) return `${indent}${msg.mapping.none()}`;
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => indent + r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

/** `figures`: instrument column → ids of the figures (indicators) that read it. */
export function reviewText(p: Proposal, form: string, questions: number, figures: ReadonlyMap<string, string[]>): string {
  const out: string[] = [msg.mapping.title(form, p.kind, questions), ''];
  out.push(msg.mapping.decisionsTitle(p.decisions.length));
  out.push(aligned(p.decisions.map((d) => [d.question.path, '→', d.column, d.confidence.toFixed(2), d.evidence.join('; ')])));
  const recodes = p.decisions.flatMap((d) => d.recodes.map((r) => [d.question.name, `${r.from} → ${r.to}`, r.evidence]));
  out.push('', msg.mapping.recodesTitle(), aligned(recodes));
  const unmatched = p.decisions.flatMap((d) => d.unmatched.map((c) => [d.question.name, c.name, c.labels.en ?? c.labels.ru ?? '']));
  if (unmatched.length > 0) out.push('', msg.mapping.unmatchedTitle(), aligned(unmatched));
  out.push('', msg.mapping.ambiguousTitle(p.ambiguous.length));
  out.push(
    aligned(
      p.ambiguous.map((a) => [
        a.question.path,
        msg.mapping.ambiguousReason(a.reason),
        a.candidates.length === 0 ? msg.mapping.noCandidate() : a.candidates.map((c) => `${c.column} ${c.confidence.toFixed(2)} (${c.evidence.join('; ')})`).join(' | '),
      ]),
    ),
  );
  out.push('', msg.mapping.missingTitle(p.missing.length));
  out.push(aligned(p.missing.map((c) => [c.name, c.required ? msg.mapping.missingRequired() : msg.mapping.figures(figures.get(c.name) ?? [])])));
  out.push('', msg.mapping.formOnlyTitle(p.formOnly.length));
  out.push(aligned(p.formOnly.map((q) => [q.path, q.rawType, q.labels.en ?? q.labels.ru ?? ''])));
  return `${out.join('\n')}\n`;
}

export function exportText(c: ExportCheck): string {
  const out = [msg.mapping.exportTitle(c.file), `  ${msg.mapping.exportSummary(c)}`];
  if (c.missingRequired.length > 0) out.push(`  ${msg.mapping.exportMissing(c.missingRequired)}`);
  out.push(`  ${msg.mapping.exportUncovered(c.uncovered.length)}`);
  if (c.uncovered.length > 0) out.push(aligned(c.uncovered.map((u) => [u.column, JSON.stringify(u.value), `${u.rows} rows`]), '    '));
  return `${out.join('\n')}\n`;
}
