/**
 * The synthetic `assistance` sample. By default (no row count, or the seed's total) it reproduces
 * every figure bulletin 6 of the seed publishes (seed-targets.ts), exactly; with another row count
 * it keeps the seed's proportions. Records are ordered by office (section order), then date.
 */
import { instrument } from '../schema/instruments.js';
import { SECTION_ORDER } from '../schema/countries.js';
import { apportion } from './apportion.js';
import { buildSegment, type DraftRecord } from './assistance-segment.js';
import { isoOf, monthBounds } from './calendar.js';
import { csvField } from '../text/csv-safe.js';
import { Rng } from './random.js';
import { scaleSegments } from './scale-segments.js';
import { ASSISTANCE_SEGMENTS, OFFICE_TARGETS, SEED_TOTAL, type OfficeTarget, type Segment, type Site } from './seed-targets.js';

export interface AssistanceSampleOptions {
  /** Number of records; undefined = the seed's total (exact reproduction). */
  rows?: number;
  seed: number;
}

export type AssistanceRecord = Record<string, string>;

function assistanceHeader(): string[] {
  return instrument('assistance').columns.map((c) => c.name);
}

/** The segments a run builds: the seed's own, or scaled to another row count. */
function assistancePlan(rows: number | undefined): Segment[] {
  return rows === undefined || rows === SEED_TOTAL ? [...ASSISTANCE_SEGMENTS] : scaleSegments(ASSISTANCE_SEGMENTS, rows);
}

/** The records office by office, so that only one office is held in memory at a time. */
export function* assistanceRecordStream(opts: AssistanceSampleOptions): Generator<AssistanceRecord> {
  const rng = new Rng(opts.seed, 'assistance');
  const plan = assistancePlan(opts.rows);
  const offices = [...OFFICE_TARGETS].sort(
    (a, b) => SECTION_ORDER.indexOf(a.office) - SECTION_ORDER.indexOf(b.office),
  );
  for (const office of offices) {
    const drafts = plan.filter((s) => s.office === office.office).flatMap((s) => buildSegment(rng, s));
    if (drafts.length > 0) yield* officeRecords(rng, office, drafts);
  }
}

function officeRecords(rng: Rng, office: OfficeTarget, drafts: DraftRecord[]): AssistanceRecord[] {
  rng.shuffle(drafts);
  const sites = dealSites(rng, office, drafts);
  const days = drawDays(rng, office, drafts.length);
  const order = drafts.map((_, i) => i).sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
  const width = Math.max(4, String(drafts.length).length);
  return order.map((i, k) => {
    const d = drafts[i] as DraftRecord;
    const site = sites[i] as Site;
    return {
      case_id: `${office.office}-${String(k + 1).padStart(width, '0')}`,
      office: office.office,
      admin1: site.admin1,
      city: site.city,
      partner: site.partner,
      assistance_date: isoOf(days[i] as number),
      sex: d.sex,
      age: String(d.age),
      citizenship: d.citizenship,
      beneficiary_type: d.beneficiary_type,
      household_members: d.household_members,
      assistance_types: d.assistance_types,
      return_country: d.return_country,
      departure_country: d.departure_country,
      vulnerabilities: d.vulnerabilities,
      referred_by: d.referred_by,
    };
  });
}

/** Sites dealt out in exact proportion to their shares, per pool (a segment's own sites, or the office's). */
function dealSites(rng: Rng, office: OfficeTarget, drafts: readonly DraftRecord[]): Site[] {
  const pools = new Map<readonly Site[], number[]>();
  drafts.forEach((d, i) => {
    const pool = d.segment.sites ?? office.sites;
    const list = pools.get(pool) ?? [];
    list.push(i);
    pools.set(pool, list);
  });
  const out: Site[] = new Array<Site>(drafts.length);
  for (const [pool, members] of pools) {
    const counts = apportion(Object.fromEntries(pool.map((s, j) => [String(j), s.share])), members.length);
    const dealt = rng.shuffle(Object.entries(counts).flatMap(([j, c]) => Array<number>(c).fill(Number(j))));
    members.forEach((i, k) => {
      out[i] = pool[dealt[k] as number] as Site;
    });
  }
  return out;
}

/** Dates over the office's period; the first and last months are always present. */
function drawDays(rng: Rng, office: OfficeTarget, n: number): number[] {
  const [from] = monthBounds(office.period[0]);
  const [lastMonthFrom, to] = monthBounds(office.period[1]);
  const [, firstMonthTo] = monthBounds(office.period[0]);
  const days = Array.from({ length: n }, () => rng.int(from, to));
  if (n > 0) days[0] = rng.int(from, firstMonthTo);
  if (n > 1) days[1] = rng.int(lastMonthFrom, to);
  return days;
}

const TEXT_COLUMNS = new Set(['admin1', 'city', 'partner', 'referred_by']);

export function* assistanceLines(opts: AssistanceSampleOptions): Generator<string> {
  const header = assistanceHeader();
  yield header.join(',');
  for (const r of assistanceRecordStream(opts)) {
    yield header.map((h) => (TEXT_COLUMNS.has(h) ? csvField(r[h] ?? '', { minimalQuotes: true }) : (r[h] ?? ''))).join(',');
  }
}
