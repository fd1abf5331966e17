/**
 * The linked disclosure control on small tables whose hidden values a reader could work back with
 * today's per-table method. Ranges are re-derived here by brute-force enumeration over the
 * published rows (not by the audit's integer programs).
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../../src/analyse/result.js';
import { suppress } from '../../../src/analyse/suppress.js';
import { CellSets } from '../../../src/analyse/sdc/cell-sets.js';
import { controlDisclosure } from '../../../src/analyse/sdc/control.js';
import type { RowVars, TableShape } from '../../../src/analyse/sdc/model.js';
import { isSensitiveCode } from '../../../src/analyse/sdc/sensitive.js';
import { safetyRange } from '../../../src/analyse/sdc/protect.js';
import { loadSolver, solve, type Program } from '../../../src/analyse/sdc/lp.js';

const N = 5;

/** One count table: categories of a country and its total, each cell a block of consecutive rows. */
function table(indicator: string, counts: Record<string, number>, start = 0) {
  const rows: ResultRow[] = [];
  const sets: number[][] = [];
  let at = start;
  const all: number[] = [];
  for (const [cat, n] of Object.entries(counts)) {
    const s = Array.from({ length: n }, (_, k) => at + k);
    at += n;
    all.push(...s);
    rows.push({ key: `${indicator}|country=KAZ|category=${cat}`, indicator, dims: { country: 'KAZ' }, category: cat, stat: 'count', value: n, n, count: n });
    sets.push(s);
  }
  rows.push({ key: `${indicator}|country=KAZ`, indicator, dims: { country: 'KAZ' }, stat: 'count', value: all.length, n: all.length, count: all.length });
  sets.push(all);
  return { rows, sets };
}

function cellsOf(rows: ResultRow[], sets: number[][], sensitive: (r: ResultRow) => boolean = () => false) {
  const cs = new CellSets();
  const rowVars: RowVars[] = rows.map((r, i) => {
    const v = cs.intern(sets[i]!, sensitive(r));
    return { base: v, num: v };
  });
  const shapes = new Map<string, TableShape>();
  for (const r of rows) shapes.set(r.indicator, { indicator: r.indicator, additiveDims: new Set(['country']), additiveCategories: true });
  return { sets: cs, rowVars, shapes, fixed: new Set<number>() };
}

/** Every assignment of the hidden cells that agrees with the published ones; min/max per hidden row. */
function enumerate(published: ResultRow[]): Map<string, { min: number; max: number }> {
  const hidden = published.filter((r) => r.suppressed);
  const total = published.find((r) => r.category === undefined)!;
  const cats = published.filter((r) => r.category !== undefined);
  const out = new Map<string, { min: number; max: number }>();
  const dom = (r: ResultRow) => (r.suppressed === 'primary' ? [1, N - 1] : [1, 200]);
  const values = new Map<string, number>();
  const rec = (k: number) => {
    if (k === hidden.length) {
      const t = total.suppressed ? values.get(total.key)! : total.value!;
      const s = cats.reduce((acc, r) => acc + (r.suppressed ? values.get(r.key)! : r.value!), 0);
      if (s !== t) return;
      for (const r of hidden) {
        const x = values.get(r.key)!;
        const m = out.get(r.key) ?? { min: Infinity, max: -Infinity };
        out.set(r.key, { min: Math.min(m.min, x), max: Math.max(m.max, x) });
      }
      return;
    }
    const r = hidden[k]!;
    const [lo, hi] = dom(r);
    for (let x = lo!; x <= hi!; x++) {
      values.set(r.key, x);
      rec(k + 1);
    }
  };
  rec(0);
  return out;
}


/**
 * A country × category count grid with its margins (`country=_total`, the category total), each
 * cell a block of consecutive rows; the additive lines written out here by hand (not by model.ts).
 */
function grid(indicator: string, counts: Record<string, Record<string, number>>) {
  const rows: ResultRow[] = [];
  const sets: number[][] = [];
  const cats = Object.keys(Object.values(counts)[0]!);
  const cell = new Map<string, number[]>();
  let at = 0;
  for (const [c, byCat] of Object.entries(counts))
    for (const cat of cats) {
      const s = Array.from({ length: byCat[cat]! }, (_, k) => at + k);
      at += s.length;
      cell.set(`${c}|${cat}`, s);
    }
  const countries = [...Object.keys(counts), '_total'];
  const setOf = (c: string, cat: string | undefined) =>
    [...cell.entries()].filter(([k]) => (c === '_total' || k.startsWith(`${c}|`)) && (cat === undefined || k.endsWith(`|${cat}`))).flatMap(([, s]) => s);
  const lines: string[][] = []; // [margin, ...parts]
  for (const c of countries) {
    for (const cat of [...cats, undefined]) {
      const s = setOf(c, cat);
      const key = `${indicator}|country=${c}${cat === undefined ? '' : `|category=${cat}`}`;
      rows.push({ key, indicator, dims: { country: c }, ...(cat === undefined ? {} : { category: cat }), stat: 'count', value: s.length, n: s.length, count: s.length });
      sets.push(s);
    }
    lines.push([`${indicator}|country=${c}`, ...cats.map((cat) => `${indicator}|country=${c}|category=${cat}`)]);
  }
  for (const cat of [...cats, undefined]) {
    const k = (c: string) => `${indicator}|country=${c}${cat === undefined ? '' : `|category=${cat}`}`;
    lines.push([k('_total'), ...Object.keys(counts).map(k)]);
  }
  return { rows, sets, lines };
}

/** A reader's range of each hidden row: integer program over the published rows and the given lines. */
async function readerRanges(published: ResultRow[], lines: string[][], extra: Array<{ sub: string; sup: string }> = []) {
  const h = await loadSolver();
  const byKey = new Map(published.map((r) => [r.key, r]));
  const name = new Map(published.filter((r) => r.suppressed).map((r, i) => [r.key, `h${i}`]));
  const prog: Program = { sense: 'min', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
  for (const [k, v] of name) {
    prog.bounds.set(v, byKey.get(k)!.suppressed === 'primary' ? { lo: 1, hi: N - 1 } : { lo: 1, hi: 1000 });
    prog.integer.add(v);
  }
  const term = (k: string, c: number, acc: { terms: Array<{ v: string; c: number }>; rhs: number }) => {
    const v = name.get(k);
    if (v) acc.terms.push({ v, c });
    else acc.rhs -= c * (byKey.get(k)!.count ?? byKey.get(k)!.value!);
  };
  for (const [margin, ...parts] of lines) {
    const acc = { terms: [] as Array<{ v: string; c: number }>, rhs: 0 };
    term(margin!, -1, acc);
    for (const p of parts) term(p, 1, acc);
    if (acc.terms.length > 0) prog.rows.push({ terms: acc.terms, op: '=', rhs: acc.rhs });
  }
  for (const { sub, sup } of extra) {
    const acc = { terms: [] as Array<{ v: string; c: number }>, rhs: 0 };
    term(sub, 1, acc);
    term(sup, -1, acc);
    if (acc.terms.length > 0) prog.rows.push({ terms: acc.terms, op: '<=', rhs: acc.rhs });
  }
  const out = new Map<string, { min: number; max: number }>();
  for (const [k, v] of name) {
    const lo = solve(h, { ...prog, sense: 'min', objective: [{ v, c: 1 }] });
    const hi = solve(h, { ...prog, sense: 'max', objective: [{ v, c: 1 }] });
    out.set(k, { min: lo.objective, max: hi.objective });
  }
  return out;
}

describe('linked disclosure control', () => {
  it('bounds: two "<5" sharing a remainder of 2 leak with the per-table method and hold with the linked one', async () => {
    const { rows, sets } = table('t.returns', { UZB: 40, MDA: 38, TJK: 17, KGZ: 13, AFG: 1, UKR: 1 });
    const before = enumerate(suppress(rows, N));
    expect([...before.values()].some((r) => r.max - r.min < safetyRange(N))).toBe(true);
    const { rows: after, disclosure } = await controlDisclosure(rows, cellsOf(rows, sets), N);
    expect(disclosure.audit.failures).toEqual([]);
    const ranges = enumerate(after);
    expect(ranges.size).toBeGreaterThan(0);
    for (const [key, r] of ranges) expect(r.max - r.min, key).toBeGreaterThanOrEqual(safetyRange(N));
  });

  it('cross-table totals: the same people counted in a second table are one value of the model', async () => {
    const a = table('t.a', { X: 20, Y: 9, Z: 2 });
    const b = table('t.b', { P: 25, Q: 6 }); // the same 31 rows, cut another way
    const rows = [...a.rows, ...b.rows];
    const cells = cellsOf(rows, [...a.sets, ...b.sets]);
    const { disclosure } = await controlDisclosure(rows, cells, N);
    // the two totals are one variable
    expect(cells.rowVars[3]!.base).toBe(cells.rowVars[6]!.base);
    expect(disclosure.audit.failures).toEqual([]);
  });

  it('numerators of 1–4 are primary even when not a base, sensitive or not ("<1 %" of 400 is still 3 people)', async () => {
    expect(isSensitiveCode('assistance', 'vulnerabilities', 'trafficking_victim')).toBe(true);
    expect(isSensitiveCode('survey', 'covid_impacts', 'evicted')).toBe(true);
    expect(isSensitiveCode('survey', 'covid_impacts', 'debt')).toBe(false);
    const rows: ResultRow[] = [
      { key: 's|country=KAZ|category=trafficking_victim', indicator: 's', dims: { country: 'KAZ' }, category: 'trafficking_victim', stat: 'share', value: 3 / 40, n: 40, count: 3 },
      { key: 's|country=KAZ|category=disability', indicator: 's', dims: { country: 'KAZ' }, category: 'disability', stat: 'share', value: 3 / 40, n: 40, count: 3 },
    ];
    const base = Array.from({ length: 40 }, (_, k) => k);
    const cs = new CellSets();
    const b = cs.intern(base, false);
    const rowVars: RowVars[] = [
      { base: b, num: cs.intern([0, 1, 2], true) },
      { base: b, num: cs.intern([3, 4, 5], false) },
    ];
    const shapes = new Map<string, TableShape>([['s', { indicator: 's', additiveDims: new Set(), additiveCategories: false }]]);
    const { rows: out } = await controlDisclosure(rows, { sets: cs, rowVars, shapes, fixed: new Set() }, N);
    expect(out[0]!.suppressed).toBe('primary');
    expect(out[0]!.count).toBeUndefined();
    expect(out[0]!.n).toBe(40);
    expect(out[1]!.suppressed).toBe('primary');
    expect(out[1]!.count).toBeUndefined();
  });

  it('subset ≤ superset and zeros: a published small superset narrows a hidden cell; the linked control hides it too, never a zero', async () => {
    // t.c: A = 1 (rows 0), B = 30 (rows 1–30), Z = 0; total 31. s.share: numerator {0, 1} (2 people) of a base of 31
    const { rows, sets } = table('t.c', { A: 1, B: 30, Z: 0 });
    const share: ResultRow = { key: 's|country=KAZ|category=x', indicator: 's', dims: { country: 'KAZ' }, category: 'x', stat: 'share', value: 2 / 31, n: 31, count: 2 };
    const all = [...rows, share];
    const cells = cellsOf(rows, sets);
    cells.rowVars.push({ base: cells.rowVars[3]!.base, num: cells.sets.intern([0, 1], false) });
    cells.shapes.set('s', { indicator: 's', additiveDims: new Set(), additiveCategories: false });
    // today: A and B hidden in t.c, the share's count 2 published: A ≤ 2, so A ∈ {1, 2}
    const before = suppress(all, N);
    expect(before[0]!.suppressed).toBe('primary');
    expect(before[4]!.suppressed).toBeUndefined();
    expect(before[4]!.count).toBe(2);
    const { rows: after, disclosure } = await controlDisclosure(all, cells, N);
    expect(disclosure.audit.failures).toEqual([]);
    expect(after[0]!.suppressed).toBe('primary');
    expect(after[2]!.suppressed).toBeUndefined(); // Z = 0 is published, never cover
    // the superset's count is hidden or the hidden cell can reach 3 within the published constraints
    const supHidden = after[4]!.suppressed !== undefined;
    const bHidden = after[1]!.suppressed !== undefined;
    expect(supHidden && bHidden).toBe(true);
  });

  it('bounds of a "<5" margin: three "<5" parts of a "<5" total are each pinned to {1, 2}; the linked control shows the total as "–"', async () => {
    // seed 2 of `bulletin sample`: children 5–11 assisted, 1 + 1 + 2 = 4 in all offices
    const { rows, sets, lines } = grid('t.age', { KGZ: { young: 1, adult: 30 }, TJK: { young: 1, adult: 25 }, KAZ: { young: 2, adult: 40 } });
    const before = await readerRanges(suppress(rows, N), lines);
    expect([...before.values()].some((r) => r.max - r.min < safetyRange(N))).toBe(true);
    const { rows: after, disclosure } = await controlDisclosure(rows, cellsOf(rows, sets), N);
    expect(disclosure.audit.failures).toEqual([]);
    const total = after.find((r) => r.key === 't.age|country=_total|category=young')!;
    expect(total.suppressed).toBe('secondary'); // a small count, shown as "–": "<5" would pin its parts
    const ranges = await readerRanges(after, lines);
    for (const [key, r] of ranges) expect(r.max - r.min, key).toBeGreaterThanOrEqual(safetyRange(N));
  });

  it('nesting: a share among a nested population publishes the count a table hides; the same people are one value', async () => {
    // p: minors by sex (boys rows 0–2, girls rows 3–10); q: share of boys among the 10 minors who returned (rows 0–9)
    const p = table('p', { male: 3, female: 8 });
    const base = Array.from({ length: 10 }, (_, k) => k);
    const q: ResultRow[] = [
      { key: 'q|country=KAZ|category=male', indicator: 'q', dims: { country: 'KAZ' }, category: 'male', stat: 'share', value: 0.3, n: 10, count: 3 },
      { key: 'q|country=KAZ|category=female', indicator: 'q', dims: { country: 'KAZ' }, category: 'female', stat: 'share', value: 0.7, n: 10, count: 7 },
    ];
    const rows = [...p.rows, ...q];
    const lines = [['p|country=KAZ', 'p|country=KAZ|category=male', 'p|country=KAZ|category=female']];
    const nested = [
      { sub: 'q|country=KAZ|category=male', sup: 'p|country=KAZ|category=male' },
      { sub: 'q|country=KAZ|category=female', sup: 'p|country=KAZ|category=female' },
    ];
    // today: p hides both, q (base 10 ≥ 5) publishes 3 and 7: boys ≥ 3, girls ≥ 7, boys + girls = 11
    const before = suppress(rows, N);
    expect(before[0]!.suppressed).toBe('primary');
    expect(before[3]!.count).toBe(3);
    const leak = await readerRanges(before, lines, nested);
    expect(leak.get('p|country=KAZ|category=male')).toEqual({ min: 3, max: 4 });
    const cells = cellsOf(p.rows, p.sets);
    const b = cells.sets.intern(base, false);
    cells.rowVars.push({ base: b, num: cells.sets.intern([0, 1, 2], false) }, { base: b, num: cells.sets.intern(base.slice(3), false) });
    cells.shapes.set('q', { indicator: 'q', additiveDims: new Set(), additiveCategories: true });
    // the boys of q are the boys of p: one value
    expect(cells.rowVars[3]!.num).toBe(cells.rowVars[0]!.base);
    const { rows: after, disclosure } = await controlDisclosure(rows, cells, N);
    expect(disclosure.audit.failures).toEqual([]);
    expect(after[3]!.suppressed).toBeDefined();
    expect(after[3]!.count).toBeUndefined();
    // the reader also knows q's two counts add up to its base when that is published
    const qTotal = after[3]!.nHidden ? [] : [['q|base', 'q|country=KAZ|category=male', 'q|country=KAZ|category=female']];
    const withBase = qTotal.length ? [...after, { key: 'q|base', indicator: 'q', dims: {}, stat: 'count', value: 10, n: 10, count: 10 } as ResultRow] : after;
    const ranges = await readerRanges(withBase, [...lines, ...qTotal], nested);
    for (const [key, r] of ranges) expect(r.max - r.min, key).toBeGreaterThanOrEqual(safetyRange(N));
  });
});

