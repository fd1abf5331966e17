/**
 * fast-check arbitraries for the bytes a user might hand to `bulletin`: random bytes, CSV-ish text
 * in the shapes real exports take (delimiters, quoting, line ends, BOMs, encodings, NULs, huge
 * fields, many columns, Kobo headers, Cyrillic), and canonical tables damaged by mutations.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import type { Table } from './canonical-rows.js';

export interface FuzzFile {
  bytes: Uint8Array;
  /** Column names that a `--by` may use (taken from the generated header; may be junk). */
  columns: string[];
}

const CANONICAL_NAMES = [...new Set(Object.values(INSTRUMENTS).flatMap((i) => i.columns.map((c) => c.name)))];
const CANONICAL_CODES = [
  ...new Set(Object.values(INSTRUMENTS).flatMap((i) => i.columns.flatMap((c) => (c.codes ?? []).map((x) => x.code)))),
];

const cyrillic = fc.string({ unit: fc.integer({ min: 0x400, max: 0x4ff }).map((n) => String.fromCharCode(n)), maxLength: 20 });
const nasty = fc.constantFrom(
  '',
  '"',
  '""',
  '"a""b"',
  '\u0000',
  'a\u0000b',
  '\r',
  '\n',
  '\r\n',
  ' ',
  'NA',
  'N/A',
  'NULL',
  'NaN',
  'NaT',
  '-',
  'dnk',
  'pnta',
  '1 234,5',
  '3.56319E+14',
  '-0',
  '1e309',
  'Infinity',
  '0x1F',
  '=cmd|\' /C calc\'!A0',
  '+1',
  '@SUM(A1)',
  '2021-02-30',
  '31.12.2020',
  '12/31/2020',
  '2021-04-12T09:31:00.000+06:00',
  '2024-12-04 00:00:00.000000',
  '\uFEFF',
  '\uD800',
  'да',
  'нет',
  'Москва',
  'Кыргызстан',
  'none food',
  'food none',
  '__proto__',
  'constructor',
  'toString',
);
const numberish = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);
const codeish = fc.constantFrom(...CANONICAL_CODES, 'KGZ', 'TJK', 'UZB', 'KAZ', 'RUS', 'XXX', 'kg', 'KG-C', 'RU-MOW');
const huge = fc.tuple(fc.constantFrom('x', 'а', '"', ',', '\n', 'ab;'), fc.integer({ min: 10_000, max: 200_000 })).map(([s, n]) =>
  s.repeat(n),
);

export const cellArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: codeish },
  { weight: 3, arbitrary: nasty },
  { weight: 3, arbitrary: numberish },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: cyrillic },
  { weight: 1, arbitrary: fc.array(codeish, { maxLength: 4 }).map((xs) => xs.join(' ')) },
);

const headerNameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CANONICAL_NAMES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('group_demo/', 'grp_a/grp_b/', 'g.'), fc.constantFrom(...CANONICAL_NAMES)).map(([p, n]) => p + n) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CANONICAL_NAMES), fc.constantFrom('/', '.'), codeish).map(([a, s, b]) => a + s + b) },
  { weight: 1, arbitrary: fc.constantFrom('_id', '_uuid', '_submission_time', '_index', '_validation_status', '__version__', 'X.U.FEFF.start', 'name', 'phone', 'gps', '#adm1+name') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: cyrillic },
  { weight: 1, arbitrary: nasty },
);

/** `null` most of the time, a value once in `oneIn` (fc.option's `freq` is the other way round). */
function rarely<T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

export interface Layout {
  delimiter: string;
  eol: string;
  quoteAll: boolean;
  bom: 'none' | 'utf8' | 'utf8x2' | 'utf16le' | 'utf16be';
  encoding: 'utf-8' | 'windows-1251' | 'windows-1252' | 'utf-16le' | 'latin1';
  trailer: string;
}

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|', ' ', ''),
  eol: fc.constantFrom('\n', '\r\n', '\r', '\n\r'),
  quoteAll: fc.boolean(),
  bom: fc.constantFrom('none', 'none', 'utf8', 'utf8x2', 'utf16le', 'utf16be'),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'windows-1251', 'windows-1252', 'utf-16le', 'latin1'),
  trailer: fc.constantFrom('', '', '\n\n\n', ',,,,\n', '\r\n', '"', '\u0000'),
});

function quote(cell: string, delimiter: string, all: boolean): string {
  const needs = all || cell.includes('"') || cell.includes('\n') || cell.includes('\r') || (delimiter !== '' && cell.includes(delimiter));
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function serialise(lines: string[][], layout: Layout): Uint8Array {
  const text =
    lines.map((cells) => cells.map((c) => quote(c, layout.delimiter, layout.quoteAll)).join(layout.delimiter)).join(layout.eol) +
    layout.trailer;
  const body = iconv.encode(text, layout.encoding);
  const boms: Record<Layout['bom'], number[]> = {
    none: [],
    utf8: [0xef, 0xbb, 0xbf],
    utf8x2: [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
    utf16le: [0xff, 0xfe],
    utf16be: [0xfe, 0xff],
  };
  return concat(Uint8Array.from(boms[layout.bom]), body);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Random bytes, sometimes behind a header line so that the reader gets past the header. */
export const randomBytesArb: fc.Arbitrary<FuzzFile> = fc
  .tuple(fc.constantFrom('', 'response_id,sex,age\n', 'case_id;office;sex\r\n'), fc.uint8Array({ maxLength: 4096 }))
  .map(([head, body]) => ({
    bytes: concat(new TextEncoder().encode(head), body),
    columns: head === '' ? ['sex'] : head.trim().split(/[,;]/),
  }));

/** CSV-ish text: a header, ragged rows of awkward cells, in a random layout and encoding. */
export const csvTextArb: fc.Arbitrary<FuzzFile> = fc
  .record({
    header: fc.oneof(
      { weight: 8, arbitrary: fc.array(headerNameArb, { minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.integer({ min: 500, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `c${i}`)) },
    ),
    rows: fc.array(fc.array(cellArb, { maxLength: 45 }), { maxLength: 25 }),
    hxl: fc.boolean(),
    repeatHeaderAt: fc.option(fc.nat(25)),
    hugeAt: rarely(fc.tuple(fc.nat(), fc.nat(), huge), 8),
    layout: layoutArb,
  })
  .map(({ header, rows: generated, hxl, repeatHeaderAt, hugeAt, layout }) => {
    const rows = generated.map((r) => [...r]);
    if (hugeAt !== null && rows.length > 0) {
      const r = rows[hugeAt[0] % rows.length] as string[];
      r[r.length === 0 ? 0 : hugeAt[1] % r.length] = hugeAt[2];
    }
    const lines: string[][] = [header];
    if (hxl) lines.push(header.map((h) => `#${h.replace(/[^a-z]/g, '')}`));
    rows.forEach((r, i) => {
      if (repeatHeaderAt === i) lines.push(header);
      lines.push(r);
    });
    return { bytes: serialise(lines, layout), columns: header };
  });

type Mutation =
  | { op: 'set'; row: number; col: number; value: string }
  | { op: 'drop-cell'; row: number; col: number }
  | { op: 'add-cell'; row: number; value: string }
  | { op: 'duplicate-row'; row: number }
  | { op: 'rename-header'; col: number; value: string }
  | { op: 'drop-column'; col: number }
  | { op: 'repeat-header'; row: number }
  | { op: 'blank-row'; row: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), row: fc.nat(), col: fc.nat(), value: cellArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop-cell' as const), row: fc.nat(), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add-cell' as const), row: fc.nat(), value: cellArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate-row' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename-header' as const), col: fc.nat(), value: headerNameArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop-column' as const), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat-header' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('blank-row' as const), row: fc.nat() }) },
);

function applyMutation(t: Table, m: Mutation): Table {
  const header = [...t.header];
  const rows = t.rows.map((r) => [...r]);
  const at = (n: number, len: number) => (len === 0 ? 0 : n % len);
  switch (m.op) {
    case 'set': {
      const r = rows[at(m.row, rows.length)];
      if (r) r[at(m.col, r.length)] = m.value;
      break;
    }
    case 'drop-cell':
      rows[at(m.row, rows.length)]?.splice(at(m.col, header.length), 1);
      break;
    case 'add-cell':
      rows[at(m.row, rows.length)]?.push(m.value);
      break;
    case 'duplicate-row': {
      const r = rows[at(m.row, rows.length)];
      if (r) rows.push([...r]);
      break;
    }
    case 'rename-header':
      header[at(m.col, header.length)] = m.value;
      break;
    case 'drop-column': {
      const c = at(m.col, header.length);
      header.splice(c, 1);
      rows.forEach((r) => r.splice(c, 1));
      break;
    }
    case 'repeat-header':
      rows.splice(at(m.row, rows.length + 1), 0, [...header]);
      break;
    case 'blank-row':
      rows.splice(at(m.row, rows.length + 1), 0, []);
      break;
  }
  return { header, rows };
}

/** A canonical table damaged by a few mutations, then written in a random layout (or the canonical one). */
export function mutatedTableArb(base: Table): fc.Arbitrary<FuzzFile> {
  const canonicalLayout: Layout = { delimiter: ',', eol: '\n', quoteAll: false, bom: 'none', encoding: 'utf-8', trailer: '' };
  return fc
    .record({
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 8 }),
      layout: fc.oneof({ weight: 3, arbitrary: fc.constant(canonicalLayout) }, { weight: 1, arbitrary: layoutArb }),
      cut: rarely(fc.nat(), 5),
    })
    .map(({ mutations, layout, cut }) => {
      const t = mutations.reduce(applyMutation, base);
      let bytes = serialise([t.header, ...t.rows], layout);
      if (cut !== null) bytes = bytes.slice(0, cut % (bytes.length + 1));
      return { bytes, columns: t.header };
    });
}
