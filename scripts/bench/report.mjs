// The readable table printed at the end of the bench, and the verdict of each case against its target.
import { round } from './stats.mjs';

export function verdict(c) {
  if (c.status !== 'ok' || !c.target) return null;
  const checks = [];
  if (c.target.ratio !== undefined) checks.push(c.ratio !== null && c.ratio <= c.target.ratio);
  if (c.target.seconds !== undefined) checks.push(c.tool.medianSeconds !== null && c.tool.medianSeconds <= c.target.seconds);
  if (c.target.peakRssMiB !== undefined) checks.push(c.tool.peakRssMiB !== null && c.tool.peakRssMiB <= c.target.peakRssMiB);
  if (c.target.truncationReported) checks.push(Boolean(c.inspection?.summaryMentionsTruncation));
  return checks.every(Boolean);
}

export function targetText(t) {
  if (!t) return '-';
  const parts = [];
  if (t.ratio !== undefined) parts.push(`<= ${t.ratio}x`);
  if (t.seconds !== undefined) parts.push(`<= ${t.seconds} s`);
  if (t.peakRssMiB !== undefined) parts.push(`RSS <= ${t.peakRssMiB / 1024} GiB`);
  if (t.truncationReported) parts.push('says truncated');
  return parts.join(', ');
}

const fmt = (x, unit = '') => (x === null || x === undefined ? '-' : `${round(x, x < 10 ? 2 : 1)}${unit}`);

export function table(cases) {
  const head = ['case', 'bulletin (median)', 'reference (median)', 'ratio', 'CPU bulletin / reference', 'CPU ratio', 'peak RSS bulletin / reference', 'target', 'result'];
  const rows = cases.map((c) => [
    c.id,
    c.status === 'ok' ? fmt(c.tool.medianSeconds, ' s') : c.status,
    `${fmt(c.duckdb.medianSeconds, ' s')} ${c.reference ?? 'DuckDB'}`,
    c.ratio === null ? '-' : `${round(c.ratio, 2)}x`,
    `${fmt(c.tool.medianCpuSeconds, ' s')} / ${fmt(c.duckdb.medianCpuSeconds, ' s')}`,
    c.cpuRatio === null || c.cpuRatio === undefined ? '-' : `${round(c.cpuRatio, 2)}x`,
    `${fmt(c.tool.peakRssMiB, ' MiB')} / ${fmt(c.duckdb.peakRssMiB, ' MiB')}`,
    targetText(c.target),
    c.pass === null ? (c.target ? 'n/a' : 'info') : c.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((v, i) => String(v).padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
