/**
 * Largest-remainder apportionment: splits a whole number into parts proportional to weights,
 * the parts adding up exactly to the total. Ties go to the earlier key. Deterministic.
 */
export function apportion(weights: Readonly<Record<string, number>>, total: number): Record<string, number> {
  const entries = Object.entries(weights);
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  const out: Record<string, number> = {};
  if (sum <= 0 || total <= 0) {
    for (const [k] of entries) out[k] = 0;
    return out;
  }
  const rems: Array<[string, number, number]> = [];
  let given = 0;
  entries.forEach(([k, w], i) => {
    const exact = (w / sum) * total;
    const floor = Math.floor(exact);
    out[k] = floor;
    given += floor;
    rems.push([k, exact - floor, i]);
  });
  rems.sort((a, b) => b[1] - a[1] || a[2] - b[2]);
  for (let i = 0; i < total - given; i++) {
    const k = (rems[i] as [string, number, number])[0];
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** A list holding each key as many times as its count (in key order). */
export function expand(counts: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  for (const [k, n] of Object.entries(counts)) for (let i = 0; i < n; i++) out.push(k);
  return out;
}
