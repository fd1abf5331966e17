/**
 * Compile each chart *shape* once. Many charts of a build differ only in their data and their
 * description (the same figure for another country, the same question in another bulletin): their
 * Vega-Lite specs are the same but for `data.values` and `description`. vega-lite's compiler copies
 * both into the Vega spec without looking at them, so such a spec is compiled once as a template,
 * with a placeholder in their place, and each chart of that shape gets the template with its own
 * data and description put back.
 *
 * Only where that provably gives the spec a direct compile gives:
 * - exactly one inline data set (`data.values`, an array of plain objects, not empty): vega-lite
 *   merges equal data sets of a layered spec, which depends on the values, so a spec with two is
 *   compiled directly;
 * - the template compiled without a warning, and every placeholder found back exactly once, as a
 *   whole value (never inside another string) — otherwise the chart is compiled directly.
 * The same placeholders go on into Vega: render-svg.ts parses a shape's Vega spec into a Vega
 * runtime once and binds each chart's data and description into that (runtimeOf).
 * test/charts/compile-template.test.ts compares both ways on every example chart.
 */

/** A placeholder: a string no chart text contains (NUL is never in a label). */
const SLOT = '\u0000bulletin-slot:';

export interface Template {
  /** The spec with its data and descriptions replaced by placeholders. */
  spec: unknown;
  /** What the placeholders stand for, by number. */
  slots: unknown[];
  /** The template as a cache key. */
  key: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The spec as a template, or null when it is not one this module may compile once (see above). */
export function templateOf(spec: unknown): Template | null {
  const slots: unknown[] = [];
  let datasets = 0;
  let ok = true;
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') {
      if (v.includes(SLOT)) ok = false;
      if (key === 'description') {
        slots.push(v);
        return `${SLOT}${slots.length - 1}`;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, undefined));
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (key === 'data' && k === 'values') {
        datasets++;
        if (!Array.isArray(x) || x.length === 0 || !x.every(isPlainObject)) ok = false;
        slots.push(x);
        out[k] = [{ [SLOT]: slots.length - 1 }];
      } else out[k] = walk(x, k);
    }
    return out;
  };
  const t = walk(spec, undefined);
  if (!ok || datasets !== 1) return null;
  return { spec: t, slots, key: JSON.stringify(t) };
}

/**
 * The compiled template with every placeholder replaced by what it stands for (data copied, so that
 * Vega's bookkeeping on the rows never reaches the chart's spec); null when a placeholder is not
 * found exactly once as a whole value.
 */
export function bindTemplate(compiled: unknown, slots: readonly unknown[]): unknown {
  const used = new Array<number>(slots.length).fill(0);
  let ok = true;
  const slotOf = (s: string): number | null => {
    if (!s.includes(SLOT)) return null;
    const n = s.startsWith(SLOT) ? Number(s.slice(SLOT.length)) : NaN;
    if (!Number.isInteger(n) || n < 0 || n >= slots.length || typeof slots[n] !== 'string') {
      ok = false;
      return null;
    }
    return n;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const n = slotOf(v);
      if (n === null) return v;
      used[n]!++;
      return slots[n];
    }
    if (Array.isArray(v)) {
      const first = v[0];
      if (v.length === 1 && isPlainObject(first) && SLOT in first) {
        const n = first[SLOT];
        if (Object.keys(first).length !== 1 || typeof n !== 'number' || !Array.isArray(slots[n])) {
          ok = false;
          return v;
        }
        used[n]!++;
        return structuredClone(slots[n]);
      }
      return v.map(walk);
    }
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k.includes(SLOT)) ok = false;
      out[k] = walk(v[k]);
    }
    return out;
  };
  const bound = walk(compiled);
  return ok && used.every((u) => u === 1) ? bound : null;
}
