/**
 * With `--rows N` other than the seed's total, the assistance sample keeps the seed's proportions
 * (not its exact figures): segment sizes and every quota inside them are apportioned to N.
 */
import { apportion } from './apportion.js';
import type { Quota, Segment } from './seed-targets.js';

export function scaleSegments(segments: readonly Segment[], rows: number): Segment[] {
  const sizes = apportion(Object.fromEntries(segments.map((s) => [s.id, s.count])), rows);
  const out: Segment[] = [];
  for (const seg of segments) {
    const n = sizes[seg.id] ?? 0;
    if (n === 0) continue;
    const sex = apportion(seg.sex, n) as { male: number; female: number };
    const minors = {
      male: Math.min(sex.male, Math.round((seg.minors.male * n) / seg.count)),
      female: Math.min(sex.female, Math.round((seg.minors.female * n) / seg.count)),
    };
    const scaled: Segment = {
      ...seg,
      count: n,
      sex,
      minors,
      citizenship: apportion(seg.citizenship, n),
      minorCitizenship: undefined,
      vulnerabilities: { ...seg.vulnerabilities, exact: scaleQuota(seg.vulnerabilities.exact, n, seg.count) },
    };
    const dep = seg.departureCountry;
    if (dep && 'exact' in dep) {
      const covered = Object.values(dep.exact).reduce((a, b) => a + b, 0);
      scaled.departureCountry = { exact: apportion(dep.exact, Math.round((covered * n) / seg.count)) };
    }
    out.push(scaled);
  }
  return out;
}

function scaleQuota(q: Quota | undefined, n: number, count: number): Quota | undefined {
  if (!q) return undefined;
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Math.min(n, Math.round((v * n) / count))]));
}
