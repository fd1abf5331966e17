/** Rounds every number in a layout to 0.01 pt, so that golden files hold across machines. */
import type { PageLayout } from './page-layout.js';

const r = (v: number): number => Math.round(v * 100) / 100 + 0;

function roundDeep<T>(v: T): T {
  if (typeof v === 'number') return r(v) as T;
  if (Array.isArray(v)) return v.map(roundDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)])) as T;
  return v;
}

export function roundLayout(layout: PageLayout): PageLayout {
  return roundDeep(layout);
}
