/**
 * What the seed bulletin 6 (seeds/002_01dad86fc4682ecf.txt) publishes about direct assistance, as
 * data (data/sample/seed-targets.json, schemas/seed-targets.schema.json), in two layers:
 *
 * - SEED_FACTS (`facts`): every figure the seed states, as a check over the assistance records
 *   (filter + measure + expected value). The bundled data-samples/assistance.csv satisfies each
 *   exactly; the sample tests and the bulletin-6 golden test compare against these, never against
 *   copies.
 * - ASSISTANCE_SEGMENTS (`segments`): how the generator builds records that satisfy them —
 *   homogeneous groups of records with exact counts (sex, minors, citizenship, countries, …);
 *   everything the seed leaves open is filled plausibly by the generator. OFFICE_TARGETS
 *   (`offices`): each office's period and the sites its segments share.
 *
 * Where the seed is ambiguous or contradicts itself, the choice made is written in `note` (and in
 * data-samples/README.md).
 */
import { loadBundledData } from '../schema/data-file.js';
import { resolveSegments, seedTargetsFileSchema, type OfficeTarget, type SeedFact, type Segment } from '../schema/seed-targets.js';

export type { FactFilter, FactMeasure, OfficeTarget, Quota, SeedFact, Segment, Site } from '../schema/seed-targets.js';

const TARGETS = loadBundledData('data/sample/seed-targets.json', seedTargetsFileSchema);

export const OFFICE_TARGETS: readonly OfficeTarget[] = TARGETS.offices;
export const ASSISTANCE_SEGMENTS: readonly Segment[] = resolveSegments(TARGETS);
export const SEED_FACTS: readonly SeedFact[] = TARGETS.facts;

/** Records of the bundled sample: the sum of the segments (2,166). */
export const SEED_TOTAL = ASSISTANCE_SEGMENTS.reduce((s, g) => s + g.count, 0);
