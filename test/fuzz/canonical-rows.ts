/**
 * A small, valid canonical table for either instrument, derived from the declarations in
 * src/schema (so that it follows them when they change). Used as the seed material that the
 * mutation properties damage; deliberately independent of src/sample, which it cross-checks.
 */
import { INSTRUMENTS, type Column, type InstrumentKind } from '../../src/schema/instruments.js';

export interface Table {
  header: string[];
  rows: string[][];
}

const PLACES: Record<string, { admin1: string[] }> = {
  KGZ: { admin1: ['KG-GB', 'KG-C'] },
  TJK: { admin1: ['TJ-DU', 'TJ-SU'] },
  UZB: { admin1: ['UZ-TK', 'UZ-SA'] },
  KAZ: { admin1: ['KZ-ALA', 'KZ-AST'] },
  RUS: { admin1: ['RU-MOW', 'RU-SPE'] },
};
const ORIGIN = ['KGZ', 'TJK', 'UZB'];
const HOST = ['KAZ', 'RUS'];

/** mulberry32: a tiny seeded generator, so the table depends on the seed only. */
function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function canonicalTable(kind: InstrumentKind, rows: number, seed: number): Table {
  const spec = INSTRUMENTS[kind];
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const header = spec.columns.map((c) => c.name);
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const ctx = rowContext(kind, i, pick, int);
    out.push(spec.columns.map((c) => cellFor(kind, c, ctx, pick, int, rnd)));
  }
  return { header, rows: out };
}

interface RowContext {
  id: string;
  country: string;
  group: 'returnee' | 'stranded_migrant';
  year: number;
  month: number;
  day: number;
  householdSize: number;
  amount: number;
  types: string[];
}

function rowContext(
  kind: InstrumentKind,
  i: number,
  pick: <T>(xs: readonly T[]) => T,
  int: (lo: number, hi: number) => number,
): RowContext {
  const group = kind === 'survey' && i % 3 === 2 ? 'stranded_migrant' : 'returnee';
  const country = kind === 'survey' ? pick(group === 'returnee' ? ORIGIN : HOST) : pick([...ORIGIN, ...HOST]);
  const types = kind === 'assistance' ? [pick(['food', 'hygiene_kit', 'avr', 'consultation', 'cash'])] : [];
  return {
    id: `${kind === 'survey' ? 'R' : 'C'}${String(i + 1).padStart(6, '0')}`,
    country,
    group,
    year: pick([2020, 2021]),
    month: int(6, 12),
    day: int(1, 28),
    householdSize: int(2, 9),
    amount: pick([0, 5000, 12000, 300]),
    types,
  };
}

function cellFor(
  kind: InstrumentKind,
  c: Column,
  r: RowContext,
  pick: <T>(xs: readonly T[]) => T,
  int: (lo: number, hi: number) => number,
  rnd: () => number,
): string {
  if (c.asked !== undefined && c.asked !== r.group) return '';
  const codes = (c.codes ?? []).map((x) => x.code);
  switch (c.name) {
    case 'response_id':
    case 'case_id':
      return r.id;
    case 'survey_round':
      return 'R1';
    case 'country':
    case 'office':
      return r.country;
    case 'admin1':
      return pick(PLACES[r.country]?.admin1 ?? ['KG-C']);
    case 'origin_admin1':
      return pick(PLACES[r.country]?.admin1 ?? ['KG-C']);
    case 'population_group':
      return r.group;
    case 'citizenship':
      return kind === 'survey' && r.group === 'returnee' ? r.country : pick(ORIGIN);
    case 'interview_date':
    case 'assistance_date':
      return `${r.year}-${pad(r.month)}-${pad(r.day)}`;
    case 'return_date':
      return `2020-${pad(int(1, 5))}-${pad(int(1, 28))}`;
    case 'age':
      return kind === 'survey' ? String(int(18, 70)) : String(int(1, 80));
    case 'household_size':
      return String(r.householdSize);
    case 'children_in_household':
      return String(int(0, r.householdSize - 1));
    case 'remittance_amount':
      return String(r.amount);
    case 'remittance_currency':
      return r.amount > 0 ? pick(['RUB', 'KZT', 'USD']) : '';
    case 'assistance_types':
      return r.types.join(' ');
    case 'return_country':
      return r.types.includes('avr') ? pick(ORIGIN) : '';
    case 'beneficiary_type':
      return 'individual';
    case 'household_members':
      return '1';
    case 'weight':
      return (0.5 + rnd()).toFixed(3);
    case 'consent':
      return 'yes';
  }
  switch (c.type) {
    case 'multi': {
      const options = codes.filter((x) => x !== 'none');
      const chosen = new Set<string>();
      const n = int(1, Math.min(3, options.length));
      for (let k = 0; k < n; k++) chosen.add(pick(options));
      return options.filter((o) => chosen.has(o)).join(' ');
    }
    case 'code':
    case 'yesno':
      return codes.length > 0 ? pick(codes) : pick(['yes', 'no']);
    case 'iso3':
      return pick([...ORIGIN, ...HOST]);
    case 'integer':
      return String(int(c.min ?? 0, Math.min(c.max ?? 24, 24)));
    case 'number':
      return String(int(1, 100));
    case 'text':
      return pick(['Moscow', 'Bishkek', 'NGO Partner', '']);
    default:
      return '';
  }
}
