/** Rounds every number in a layout to 0.01 pt, so that golden files hold across machines. */
import type { PageLayout } from './page-layout.js';

const r = (v: number): number => Math.round(v * 100) / 100 + 0;

/** A rounded copy: the same keys in the same order (a plain loop: a layout has some 10⁵ numbers per pass). */
function roundDeep<T>(v: T): T {
  if (typeof v === 'number') return r(v) as T;
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = roundDeep(v[i] as unknown);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = roundDeep((v as Record<string, unknown>)[k]);
  return out as T;
}

export function roundLayout(layout: PageLayout): PageLayout {
  return roundDeep(layout);
}
