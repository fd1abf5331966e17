/**
 * Builds the records of one segment of the assistance sample by construction: the exact counts of
 * the segment (sex, minors by sex, citizenship, departure countries, flagged vulnerabilities) are
 * dealt out over shuffled records; ages, assistance types beyond the segment's core, the other
 * vulnerabilities and the referral are drawn plausibly. Places, dates and ids come later.
 */
import { ASSISTANCE_TYPES, ASSISTANCE_VULNERABILITIES } from '../schema/codes.js';
import { MINOR_AGE } from '../schema/age-groups.js';
import { expand } from './apportion.js';
import { weighted } from './choice.js';
import type { Rng } from './random.js';
import type { Quota, Segment } from './seed-targets.js';

export interface DraftRecord {
  segment: Segment;
  sex: 'male' | 'female';
  age: number;
  citizenship: string;
  beneficiary_type: string;
  household_members: string;
  assistance_types: string;
  return_country: string;
  departure_country: string;
  vulnerabilities: string;
  referred_by: string;
}

const TYPE_ORDER = ASSISTANCE_TYPES.map((c) => c.code);
const VULNERABILITY_ORDER = ASSISTANCE_VULNERABILITIES.map((c) => c.code);

export function buildSegment(rng: Rng, seg: Segment): DraftRecord[] {
  const n = seg.count;
  const sexes = rng.shuffle(expand(seg.sex)) as Array<'male' | 'female'>;
  const minor = minorFlags(sexes, seg.minors);
  const ages = drawAges(rng, seg, minor);
  const citizenship = dealCitizenship(rng, seg, minor);
  const departure = dealDeparture(rng, seg, citizenship);
  const vulnerabilities = dealVulnerabilities(rng, seg, sexes, ages);
  const referral = seg.referredBy ? weighted(seg.referredBy) : undefined;
  const out: DraftRecord[] = [];
  for (let i = 0; i < n; i++) {
    const cit = citizenship[i] as string;
    out.push({
      segment: seg,
      sex: sexes[i] as 'male' | 'female',
      age: ages[i] as number,
      citizenship: cit,
      beneficiary_type: seg.beneficiaryType,
      household_members: seg.householdMembers ? String(rng.int(seg.householdMembers[0], seg.householdMembers[1])) : '',
      assistance_types: drawTypes(rng, seg),
      return_country: seg.returnCountry === 'citizenship' ? cit : '',
      departure_country: departure[i] ?? '',
      vulnerabilities: vulnerabilities[i] as string,
      referred_by: referral ? referral.draw(rng) : '',
    });
  }
  return out;
}

/** Marks the first `minors.male` men and `minors.female` women (the order is already random). */
function minorFlags(sexes: ReadonlyArray<'male' | 'female'>, minors: Segment['minors']): boolean[] {
  const left = { ...minors };
  return sexes.map((s) => {
    if (left[s] > 0) {
      left[s]--;
      return true;
    }
    return false;
  });
}

/** Ages within [min, max], both attained; minors under 18, the others 18 or more. */
function drawAges(rng: Rng, seg: Segment, minor: readonly boolean[]): number[] {
  const { min, max } = seg.age;
  const adultLo = Math.max(MINOR_AGE, Math.ceil(min));
  const minorLo = Math.max(1, Math.ceil(min));
  const ages = minor.map((isMinor) => {
    if (isMinor) return rng.int(minorLo, MINOR_AGE - 1);
    // Skewed towards the younger working ages.
    const u = ((rng.next() + rng.next()) / 2) ** 1.25;
    return Math.min(max, adultLo + Math.floor((max - adultLo + 1) * u));
  });
  const firstMinor = minor.indexOf(true);
  const adults = minor.flatMap((m, i) => (m ? [] : [i]));
  const youngest = firstMinor >= 0 ? firstMinor : adults[0];
  if (youngest !== undefined) ages[youngest] = min;
  const oldest = adults.find((i) => i !== youngest);
  if (oldest !== undefined) ages[oldest] = max;
  return ages;
}

function dealCitizenship(rng: Rng, seg: Segment, minor: readonly boolean[]): string[] {
  if (!seg.minorCitizenship) return checked(rng.shuffle(expand(seg.citizenship)), seg.count, seg.id);
  const forMinors = rng.shuffle(expand(seg.minorCitizenship));
  const rest: Record<string, number> = {};
  for (const [k, v] of Object.entries(seg.citizenship)) rest[k] = v - (seg.minorCitizenship[k] ?? 0);
  const forAdults = rng.shuffle(expand(rest));
  const out = minor.map((m) => (m ? forMinors.pop() : forAdults.pop()) ?? '');
  return checked(out, seg.count, seg.id);
}

function checked(values: string[], n: number, id: string): string[] {
  if (values.length !== n || values.includes('')) throw new Error(`sample: the citizenship quota of ${id} does not add up`);
  return values;
}

function dealDeparture(rng: Rng, seg: Segment, citizenship: readonly string[]): string[] {
  const dep = seg.departureCountry;
  if (!dep) return [];
  if ('fixed' in dep) return citizenship.map(() => dep.fixed);
  if ('exact' in dep) return rng.shuffle(expand(dep.exact));
  const w = weighted(dep.weights);
  return citizenship.map((c) => (c === dep.citizenship ? w.draw(rng) : ''));
}

function dealVulnerabilities(
  rng: Rng,
  seg: Segment,
  sexes: ReadonlyArray<'male' | 'female'>,
  ages: readonly number[],
): string[] {
  const chosen = sexes.map(() => new Set<string>());
  const exact: Quota = seg.vulnerabilities.exact ?? {};
  for (const [code, k] of Object.entries(exact)) {
    const eligible = rng.shuffle(ages.flatMap((a, i) => (a >= MINOR_AGE ? [i] : [])));
    for (const i of eligible.slice(0, k)) chosen[i]?.add(code);
  }
  return chosen.map((set, i) => {
    for (const f of seg.vulnerabilities.fill) {
      if (f.sex && f.sex !== sexes[i]) continue;
      if (f.minAge !== undefined && (ages[i] as number) < f.minAge) continue;
      if (rng.chance(f.p)) set.add(f.code);
    }
    const codes = VULNERABILITY_ORDER.filter((c) => set.has(c));
    return codes.length === 0 ? 'none' : codes.join(' ');
  });
}

function drawTypes(rng: Rng, seg: Segment): string {
  const set = new Set(seg.assistanceTypes.always);
  for (const [code, p] of Object.entries(seg.assistanceTypes.sometimes ?? {})) if (rng.chance(p)) set.add(code);
  return TYPE_ORDER.filter((c) => set.has(c)).join(' ');
}
