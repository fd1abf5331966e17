/**
 * `bulletin diff OLD NEW`: what changed between two builds, for a CI log or a pull request:
 * significant changes first (then the other compared cells), figures added or removed, and the
 * inputs and options that differ. Both directories are read as baselines (pipeline/baseline.ts),
 * so a folder that is not a build, or an edited one, is exit 2.
 */
import type { Baseline } from './baseline.js';
import { changeDimColumns, changesCsv, computeChanges, withNarrative, type ChangeRow, type Changes } from './changes.js';

export type DiffFormat = 'markdown' | 'json' | 'csv';

export interface BuildDiff {
  old: string;
  new: string;
  changes: Changes;
  inputs: { removed: Array<{ path: string; sha256: string }>; added: Array<{ path: string; sha256: string }> };
  options: Array<{ key: string; old: unknown; new: unknown }>;
  period: { old: Baseline['manifest']['period']; new: Baseline['manifest']['period'] };
}

export function diffBuilds(oldB: Baseline, newB: Baseline): BuildDiff {
  const changes = computeChanges(withNarrative(newB.tables, newB.narrative), withNarrative(oldB.tables, oldB.narrative));
  // significant first, largest absolute difference first; then the rest in table order
  const rank = (r: ChangeRow) => (r.significant === true ? 0 : 1);
  const order = changes.rows.map((r, i) => ({ r, i }));
  order.sort((a, b) => rank(a.r) - rank(b.r) || (rank(a.r) === 0 ? Math.abs(b.r.difference ?? 0) - Math.abs(a.r.difference ?? 0) : 0) || a.i - b.i);
  const key = (i: { path: string; sha256: string }) => `${i.path}\u0000${i.sha256}`;
  const oldIn = new Set(oldB.manifest.inputs.map(key));
  const newIn = new Set(newB.manifest.inputs.map(key));
  const keys = [...new Set([...Object.keys(oldB.manifest.options), ...Object.keys(newB.manifest.options)])].sort();
  return {
    old: oldB.dir,
    new: newB.dir,
    changes: { ...changes, rows: order.map((o) => o.r) },
    inputs: {
      removed: oldB.manifest.inputs.filter((i) => !newIn.has(key(i))).map(({ path, sha256 }) => ({ path, sha256 })),
      added: newB.manifest.inputs.filter((i) => !oldIn.has(key(i))).map(({ path, sha256 }) => ({ path, sha256 })),
    },
    options: keys
      .filter((k) => JSON.stringify(oldB.manifest.options[k]) !== JSON.stringify(newB.manifest.options[k]))
      .map((k) => ({ key: k, old: oldB.manifest.options[k] ?? null, new: newB.manifest.options[k] ?? null })),
    period: { old: oldB.manifest.period, new: newB.manifest.period },
  };
}

export function formatDiff(d: BuildDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(d, null, 2)}\n`;
  if (format === 'csv') return changesCsv(d.changes, { bom: false });
  return markdown(d);
}

const pct = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)} %`);
const pp = (x: number | null) => (x === null ? '' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x * 100).toFixed(1)} pp`);
const cell = (s: string) => s.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

function markdown(d: BuildDiff): string {
  const lines: string[] = [];
  const sig = d.changes.rows.filter((r) => r.significant === true);
  const compared = d.changes.rows.filter((r) => r.difference !== null);
  lines.push(`## bulletin diff: ${cell(d.old)} → ${cell(d.new)}`, '');
  lines.push(`- period: ${periodText(d.period.old)} → ${periodText(d.period.new)}`);
  lines.push(`- cells published in both builds: ${compared.length}; significant changes (95 % interval of the difference excludes 0): ${sig.length}`);
  lines.push(`- figures added: ${d.changes.added.length}; removed: ${d.changes.removed.length}`, '');
  if (sig.length > 0) {
    const dims = changeDimColumns(sig);
    lines.push('### Significant changes', '');
    lines.push(`| figure | ${dims.join(' | ')}${dims.length ? ' | ' : ''}category | before | now | difference | 95 % interval | n before | n now |`);
    lines.push(`|---|${dims.map(() => '---|').join('')}---|---:|---:|---:|---|---:|---:|`);
    for (const r of sig) {
      const g = dims.map((k) => cell(r.dims[k] ?? '')).join(' | ');
      lines.push(
        `| ${cell(r.figure)} | ${g}${dims.length ? ' | ' : ''}${cell(r.label_en ?? r.category ?? '')} | ${pct(r.baseline_value)} | ${pct(r.value)} | ${pp(r.difference)} | ${pp(r.diff_low)} to ${pp(r.diff_high)} | ${r.baseline_n ?? ''} | ${r.n ?? ''} |`,
      );
    }
    lines.push('');
  }
  if (d.changes.added.length + d.changes.removed.length > 0) {
    lines.push('### Figures', '');
    for (const f of d.changes.added) lines.push(`- added: ${cell(f)}`);
    for (const f of d.changes.removed) lines.push(`- removed: ${cell(f)}`);
    lines.push('');
  }
  if (d.inputs.added.length + d.inputs.removed.length + d.options.length > 0) {
    lines.push('### Inputs and options', '');
    for (const i of d.inputs.removed) lines.push(`- input before: ${cell(i.path)} (sha256 ${i.sha256.slice(0, 12)}…)`);
    for (const i of d.inputs.added) lines.push(`- input now: ${cell(i.path)} (sha256 ${i.sha256.slice(0, 12)}…)`);
    for (const o of d.options) lines.push(`- option ${cell(o.key)}: ${cell(JSON.stringify(o.old))} → ${cell(JSON.stringify(o.new))}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function periodText(p: { from: string; to: string } | null): string {
  return p ? `${p.from} – ${p.to}` : '–';
}
