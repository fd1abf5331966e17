/**
 * The shape of the sample generator's targets, data/sample/seed-targets.json (read by
 * sample/seed-targets.ts; schemas/seed-targets.schema.json is generated from
 * `seedTargetsFileSchema`): the offices, the segments of records the generator builds and the
 * figures of the seed bulletin 6 the records must reproduce.
 */
import { z } from 'zod';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const quotaSchema = z.record(z.string(), z.number());
export type Quota = Readonly<Record<string, number>>;
const bySex = z.strictObject({ male: z.number().int().min(0), female: z.number().int().min(0) });
const sexSchema = z.enum(['male', 'female']);
const beneficiaryTypeSchema = z.enum(['individual', 'family']);

/** Where assistance was given: province as written in the records, city, implementing partner. */
const siteSchema = z.strictObject({ admin1: z.string(), city: z.string(), partner: z.string(), share: z.number().positive() });
export type Site = z.infer<typeof siteSchema>;

const officeTargetSchema = z.strictObject({
  office: z.string(),
  /** First and last month of the period the seed states (YYYY-MM). */
  period: z.tuple([month, month]),
  /** Sites shared by the office's segments that name none of their own. */
  sites: z.array(siteSchema).min(1),
});
export type OfficeTarget = z.infer<typeof officeTargetSchema>;

const vulnerabilityFillSchema = z.strictObject({ code: z.string(), p: z.number().min(0).max(1), sex: sexSchema.optional(), minAge: z.number().optional() });

const segmentSchema = z.strictObject({
  id: z.string(),
  office: z.string(),
  description: z.string(),
  count: z.number().int().positive(),
  sex: bySex,
  /** Records under 18, by sex (part of `sex`). */
  minors: bySex,
  /** Youngest and oldest age in the segment, both attained (years; decimals for infants). */
  age: z.strictObject({ min: z.number(), max: z.number() }),
  citizenship: quotaSchema,
  /** Citizenship of the minors (a part of `citizenship`), so that children travel with families. */
  minorCitizenship: quotaSchema.optional(),
  beneficiaryType: beneficiaryTypeSchema,
  /** Family rows: people covered, drawn in this range. */
  householdMembers: z.tuple([z.number().int(), z.number().int()]).optional(),
  assistanceTypes: z.strictObject({ always: z.array(z.string()), sometimes: quotaSchema.optional() }),
  /** `citizenship`: returned to their own country (set with `avr`). */
  returnCountry: z.literal('citizenship').optional(),
  /** Exact counts, a single code for all, or weights for the citizens of one country. */
  departureCountry: z
    .union([z.strictObject({ exact: quotaSchema }), z.strictObject({ fixed: z.string() }), z.strictObject({ citizenship: z.string(), weights: quotaSchema })])
    .optional(),
  vulnerabilities: z.strictObject({ exact: quotaSchema.optional(), fill: z.array(vulnerabilityFillSchema) }),
  referredBy: quotaSchema.optional(),
  /**
   * Sites of this segment only, or the name of a pool of `sharedSites` that several segments draw
   * from together (sites are dealt in exact proportion to their shares, per pool); default: the
   * office's sites.
   */
  sites: z.union([z.array(siteSchema).min(1), z.string()]).optional(),
  note: z.string().optional(),
});
/** A segment as the generator reads it: a named pool of sites is the very list of `sharedSites`. */
export type Segment = Omit<z.infer<typeof segmentSchema>, 'sites'> & { sites?: readonly Site[] };

const factFilterSchema = z.strictObject({
  office: z.string(),
  /** Records whose assistance_types include this code. */
  type: z.string().optional(),
  /** Records whose assistance_types include any of these codes. */
  anyType: z.array(z.string()).optional(),
  city: z.string().optional(),
  partner: z.string().optional(),
  beneficiaryType: beneficiaryTypeSchema.optional(),
  returnCountry: z.string().optional(),
  /** Only records aged 18 or more. */
  adults: z.boolean().optional(),
});
export type FactFilter = z.infer<typeof factFilterSchema>;

const factMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count'), expected: z.number() }),
  /** Counts of the non-empty values of a column; `partial`: only the listed values are checked. */
  z.strictObject({ kind: z.literal('countBy'), column: z.string(), expected: quotaSchema, partial: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('ageRange'), expected: z.tuple([z.number(), z.number()]) }),
  z.strictObject({ kind: z.literal('minorsBySex'), expected: bySex }),
  /** The set of distinct non-empty values of a column. */
  z.strictObject({ kind: z.literal('distinct'), column: z.string(), expected: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('distinctCount'), column: z.string(), expected: z.number() }),
  z.strictObject({ kind: z.literal('vulnerability'), code: z.string(), expected: z.number() }),
  /** First and last month (YYYY-MM) of the date column. */
  z.strictObject({ kind: z.literal('period'), expected: z.tuple([month, month]) }),
]);
export type FactMeasure = z.infer<typeof factMeasureSchema>;

const seedFactSchema = z.strictObject({
  id: z.string(),
  filter: factFilterSchema,
  measure: factMeasureSchema,
  /** The seed's words. */
  seed: z.string(),
  note: z.string().optional(),
});
export type SeedFact = z.infer<typeof seedFactSchema>;

export const seedTargetsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  offices: z.array(officeTargetSchema).min(1),
  /** Pools of sites shared by several segments, by name. */
  sharedSites: z.record(z.string(), z.array(siteSchema).min(1)),
  segments: z.array(segmentSchema).min(1),
  facts: z.array(seedFactSchema),
})
  .superRefine((file, ctx) => {
    file.segments.forEach((s, i) => {
      if (typeof s.sites === 'string' && !Object.hasOwn(file.sharedSites, s.sites)) {
        ctx.addIssue({ code: 'custom', path: ['segments', i, 'sites'], message: `no pool "${s.sites}" in sharedSites` });
      }
    });
  });

/** The segments with each named pool of sites replaced by the pool itself (one list shared by its segments). */
export function resolveSegments(file: z.output<typeof seedTargetsFileSchema>): Segment[] {
  return file.segments.map((s) => (typeof s.sites === 'string' ? { ...s, sites: file.sharedSites[s.sites] } : (s as Segment)));
}
