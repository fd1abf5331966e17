/**
 * Used only while `bulletin sample` is not available: a plain canonical survey/assistance writer
 * derived from the declarations in dist/schema, so that the DuckDB side of the bench can run.
 * The results JSON says which generator made the data.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { joinRecord } from './csv-record.mjs';

const PLACES = { KGZ: ['KG-GB', 'KG-C'], TJK: ['TJ-DU', 'TJ-SU'], UZB: ['UZ-TK', 'UZ-SA'], KAZ: ['KZ-ALA', 'KZ-AST'], RUS: ['RU-MOW', 'RU-SPE'] };
const ORIGIN = ['KGZ', 'TJK', 'UZB'];
const HOST = ['KAZ', 'RUS'];
const pad = (n) => String(n).padStart(2, '0');

function prng(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rowOf(kind, columns, i, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const group = kind === 'survey' && i % 3 === 2 ? 'stranded_migrant' : 'returnee';
  const country = kind === 'survey' ? pick(group === 'returnee' ? ORIGIN : HOST) : pick([...ORIGIN, ...HOST]);
  const size = int(2, 9);
  const amount = pick([0, 5000, 12000, 300]);
  const type = pick(['food', 'hygiene_kit', 'avr', 'consultation', 'cash']);
  const fixed = {
    response_id: `R${String(i + 1).padStart(7, '0')}`,
    case_id: `C${String(i + 1).padStart(7, '0')}`,
    survey_round: 'R1',
    country,
    office: country,
    admin1: pick(PLACES[country]),
    origin_admin1: pick(PLACES[country]),
    population_group: group,
    citizenship: group === 'returnee' && kind === 'survey' ? country : pick(ORIGIN),
    interview_date: `${pick([2020, 2021])}-${pad(int(6, 12))}-${pad(int(1, 28))}`,
    return_date: `2020-${pad(int(1, 5))}-${pad(int(1, 28))}`,
    age: kind === 'survey' ? String(int(18, 70)) : String(int(1, 80)),
    household_size: String(size),
    children_in_household: String(int(0, size - 1)),
    remittance_amount: String(amount),
    remittance_currency: amount > 0 ? pick(['RUB', 'KZT', 'USD']) : '',
    assistance_types: type,
    return_country: type === 'avr' ? pick(ORIGIN) : '',
    beneficiary_type: 'individual',
    household_members: '1',
    weight: (0.5 + rnd()).toFixed(3),
    consent: 'yes',
  };
  fixed.assistance_date = fixed.interview_date;
  return columns.map((c) => {
    if (c.asked !== undefined && c.asked !== group) return '';
    if (c.name in fixed) return fixed[c.name];
    const codes = (c.codes ?? []).map((x) => x.code);
    switch (c.type) {
      case 'multi': {
        const opts = codes.filter((x) => x !== 'none');
        const chosen = new Set(Array.from({ length: int(1, 3) }, () => pick(opts)));
        return opts.filter((o) => chosen.has(o)).join(' ');
      }
      case 'code':
      case 'yesno':
        return pick(codes.length ? codes : ['yes', 'no']);
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
  });
}

async function writeKind(root, kind, rows, seed, dir) {
  const { INSTRUMENTS } = await import(pathToFileURL(join(root, 'dist/schema/instruments.js')).href);
  const columns = INSTRUMENTS[kind].columns;
  const rnd = prng(seed);
  const path = join(dir, `${kind}.csv`);
  const out = createWriteStream(path, 'utf8');
  let buf = `${joinRecord(columns.map((c) => c.name))}\n`;
  for (let i = 0; i < rows; i++) {
    buf += `${joinRecord(rowOf(kind, columns, i, rnd))}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return path;
}

export async function fallbackSample(root, kind, rows, seed, dir) {
  const kinds = kind === 'all' ? ['survey', 'assistance'] : [kind];
  for (const k of kinds) await writeKind(root, k, k === 'assistance' ? Math.ceil(rows / 2) : rows, seed, dir);
}
