import { from } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { Frame, MISSING, TOTAL, valueCodeOf } from '../../src/analyse/frame.js';
import type { ResultRow } from '../../src/analyse/result.js';
import type { Statistic } from '../../src/schema/indicator.js';
import { disaggregate } from '../../src/analyse/disaggregate.js';
import { quantile7 } from '../../src/analyse/quantile.js';

const data = [
  { sex: 'male', age_group: '18_24', y: 'a', x: 1, q: 'o1 o2', 'q/o1': 1, 'q/o2': 1, p: 'P1' },
  { sex: 'male', age_group: '25_34', y: 'b', x: 4, q: 'o2', 'q/o1': 0, 'q/o2': 1, p: 'P1' },
  { sex: 'male', age_group: '25_34', y: 'dnk', x: null, q: null, 'q/o1': null, 'q/o2': null, p: 'P2' },
  { sex: 'female', age_group: '18_24', y: null, x: 10, q: 'o1', 'q/o1': 1, 'q/o2': 0, p: null },
  { sex: 'female', age_group: '18_24', y: 'a', x: 7, q: 'o1', 'q/o1': 1, 'q/o2': 0, p: 'P3' },
];
const frame = new Frame(from(data), { q: ['o1', 'o2'] });
const all = data.map((_, i) => i);
const get = (rows: ReturnType<typeof disaggregate>, key: string) => rows.find((r) => r.key === key);

describe('disaggregate', () => {
  it('share: base = the whole group, a missing answer is its own category; share_valid leaves out dnk/pnta/missing', () => {
    const s = disaggregate(frame, all, { indicator: 's', statistic: 'share', variable: 'y', dims: ['sex'] });
    expect(get(s, 's|sex=female|category=_missing')?.value).toBe(0.5);
    expect(get(s, 's|sex=male|category=dnk')?.value).toBeCloseTo(1 / 3, 15);
    expect(get(s, 's|sex=male|category=a')?.n).toBe(3);
    const v = disaggregate(frame, all, { indicator: 'v', statistic: 'share_valid', variable: 'y', dims: ['sex'] });
    expect(v.map((r) => r.category)).not.toContain('dnk');
    expect(v.map((r) => r.category)).not.toContain(MISSING);
    expect(get(v, 'v|sex=male|category=a')).toMatchObject({ value: 0.5, n: 2, count: 1, weighted: false });
    expect(get(v, 'v|sex=female|category=a')).toMatchObject({ value: 1, n: 1 });
  });

  it('multi_share: base = those who answered; options may add up to more than 1', () => {
    const m = disaggregate(frame, all, { indicator: 'm', statistic: 'multi_share', variable: 'q', dims: ['sex'], totals: true });
    expect(get(m, `m|sex=${TOTAL}|category=o1`)).toMatchObject({ value: 0.75, n: 4, count: 3 });
    expect(get(m, `m|sex=${TOTAL}|category=o2`)).toMatchObject({ value: 0.5, n: 4 });
    expect(get(m, 'm|sex=male|category=o2')).toMatchObject({ value: 1, n: 2 });
  });

  it('crosses two dimensions with totals, in the given order, _total last', () => {
    const c = disaggregate(frame, all, { indicator: 'c', statistic: 'count', dims: ['sex', 'age_group'], totals: true, compare: (d) => (d === 'sex' ? (a, b) => (a === 'male' ? -1 : b === 'male' ? 1 : 0) : undefined) });
    expect(c.map((r) => `${r.dims.sex}/${r.dims.age_group}=${r.value}`)).toEqual([
      'male/18_24=1', 'male/25_34=2', `male/${TOTAL}=3`,
      'female/18_24=2', `female/${TOTAL}=2`,
      `${TOTAL}/18_24=3`, `${TOTAL}/25_34=2`, `${TOTAL}/${TOTAL}=5`,
    ]);
    for (const r of c) expect(r.n).toBe(r.value);
  });

  it('a multi column as a dimension groups the respondents by each option they chose', () => {
    const c = disaggregate(frame, all, { indicator: 'c', statistic: 'count', dims: ['q'] });
    expect(c.map((r) => `${r.dims.q}=${r.value}`)).toEqual(['o1=3', 'o2=2', `${MISSING}=1`]);
  });

  it('numeric statistics on the rows with a number; quartiles of type 7', () => {
    const q = disaggregate(frame, all, { indicator: 'x', statistic: 'quartiles', variable: 'x', dims: ['sex'] });
    expect(get(q, 'x|sex=female|stat=median')).toMatchObject({ value: 8.5, n: 2 });
    expect(get(q, 'x|sex=male|stat=q1')?.value).toBe(1.75);
    const r = disaggregate(frame, all, { indicator: 'r', statistic: 'range', variable: 'x', dims: ['sex'] });
    expect(get(r, 'r|sex=male|stat=min')?.value).toBe(1);
    expect(get(r, 'r|sex=male|stat=max')?.value).toBe(4);
    const s = disaggregate(frame, all, { indicator: 's', statistic: 'sum', variable: 'x', dims: ['sex'] });
    expect(get(s, 's|sex=female')?.value).toBe(17);
    expect(quantile7([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile7([5], 0.25)).toBe(5);
    expect(quantile7([], 0.5)).toBeNull();
  });

  it('distinct values (e.g. partners), and counts by category with the group total', () => {
    const d = disaggregate(frame, all, { indicator: 'd', statistic: 'distinct', variable: 'p', dims: ['sex'] });
    expect(get(d, 'd|sex=male')).toMatchObject({ value: 2, n: 3 });
    const c = disaggregate(frame, all, { indicator: 'c', statistic: 'count', variable: 'y', dims: ['sex'], totals: true });
    expect(get(c, 'c|sex=male|category=a')?.value).toBe(1);
    expect(get(c, 'c|sex=male')?.value).toBe(3);
    expect(get(c, `c|sex=${TOTAL}|category=${MISSING}`)?.value).toBe(1);
  });
});

describe('disaggregate onSets (the rows behind each result row, for disclosure control)', () => {
  // what each result row counts, worked out row by row from the data (one dimension: sex)
  const inGroup = (r: ResultRow) => all.filter((i) => r.dims.sex === TOTAL || data[i]!.sex === r.dims.sex);
  const code = (i: number, v: 'y' | 'p') => valueCodeOf(data[i]![v]);
  const chosen = (i: number, o: string) => data[i]![`q/${o}` as 'q/o1'] === 1;
  const answered = (i: number) => data[i]!.q !== null;
  const expected = (statistic: Statistic, r: ResultRow): { base: number[]; numerator: number[] | null } => {
    const g = inGroup(r);
    const c = r.category;
    switch (statistic) {
      case 'count': {
        const hit = c === undefined ? g : g.filter((i) => code(i, 'y') === c);
        return { base: hit, numerator: hit };
      }
      case 'share':
        return { base: g, numerator: g.filter((i) => code(i, 'y') === c) };
      case 'share_valid': {
        const base = g.filter((i) => !['dnk', 'pnta', MISSING].includes(code(i, 'y')));
        return { base, numerator: base.filter((i) => code(i, 'y') === c) };
      }
      case 'multi_share': {
        const base = g.filter(answered);
        return { base, numerator: base.filter((i) => chosen(i, c!)) };
      }
      case 'multi_count': {
        const hit = g.filter((i) => chosen(i, c!));
        return { base: hit, numerator: hit };
      }
      case 'distinct':
        return { base: g.filter((i) => code(i, 'p') !== MISSING), numerator: null };
      default:
        return { base: g.filter((i) => typeof data[i]!.x === 'number'), numerator: null };
    }
  };
  const cases: [Statistic, string | undefined][] = [
    ['count', undefined], ['count', 'y'], ['share', 'y'], ['share_valid', 'y'], ['multi_share', 'q'], ['multi_count', 'q'], ['distinct', 'p'], ['quartiles', 'x'], ['range', 'x'],
  ];
  for (const [statistic, variable] of cases) {
    it(`${statistic}${variable ? ` of ${variable}` : ''}: base and numerator of every row, with totals`, () => {
      const seen: { r: ResultRow; base: number[]; numerator: number[] | null }[] = [];
      const out = disaggregate(frame, all, {
        indicator: 'i', statistic, dims: ['sex'], totals: true, ...(variable ? { variable } : {}),
        onSets: (r, base, numerator) => seen.push({ r, base: [...base], numerator: numerator === null ? null : [...numerator] }),
      });
      expect(seen.map((s) => s.r)).toEqual(out);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      for (const s of seen) expect({ key: s.r.key, base: s.base, numerator: s.numerator }).toEqual({ key: s.r.key, ...expected(statistic, s.r) });
    });
  }
});

describe('disaggregate count of a variable', () => {
  it('counts each category (declared ones absent from the data: 0); weighted: Σw of its rows, n unweighted', () => {
    const f = new Frame(from([{ y: 'a', w: 1.5 }, { y: 'b', w: 2 }, { y: 'a', w: 0.25 }, { y: null, w: 4 }]), {});
    const rows = [0, 1, 2, 3];
    const plain = disaggregate(f, rows, { indicator: 'c', statistic: 'count', variable: 'y', dims: [], categories: ['b', 'z', 'a'] });
    expect(plain.map((r) => [r.category, r.value, r.n])).toEqual([['b', 1, 1], ['z', 0, 0], ['a', 2, 2], [MISSING, 1, 1]]);
    const weighted = disaggregate(f, rows, { indicator: 'c', statistic: 'count', variable: 'y', dims: [], categories: ['b', 'z', 'a'], weight: 'w' });
    expect(weighted.map((r) => [r.category, r.value, r.n])).toEqual([['b', 2, 1], ['z', 0, 0], ['a', 1.75, 2], [MISSING, 4, 1]]);
  });
});
