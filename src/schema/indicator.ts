/**
 * The indicator registry: every figure of every bulletin, declared as data in
 * templates/indicators/b<N>.json (one file per bulletin) and checked against `registrySchema`.
 * computeIndicators (analyse/indicators.ts) turns each declaration into keyed ResultRows:
 * `<id>|<dim>=<code>|...|category=<code>` (dims sorted by name; `|stat=<s>` added for indicators
 * that give several statistics: quartiles → q1/median/q3, range → min/max).
 *
 * - `where`: population filter, in the syntax of `query --where` (`population_group=returnee`,
 *   `assistance_types=avr` for a chosen option, `age>=18`), conditions ANDed;
 * - `dimensions`: the first is the country column (`country` for the survey, `office` for the
 *   assistance records); `totals` adds `_total` rows (the regional comparison and the margins);
 * - `statistic`: see analyse/disaggregate.ts; `base` names the denominator and must agree with it.
 */
import { z } from 'zod';
import { labelSchema } from './types.js';

const STATISTICS = [
  'count',
  'share',
  'share_valid',
  'multi_share',
  'multi_count',
  'mean',
  'median',
  'quartiles',
  'min',
  'max',
  'range',
  'sum',
  'distinct',
] as const;
export type Statistic = (typeof STATISTICS)[number];

/** The base each statistic implies. */
const BASE_OF: Record<Statistic, Base> = {
  count: 'records',
  share: 'all',
  share_valid: 'valid',
  multi_share: 'answered',
  multi_count: 'records',
  mean: 'with_value',
  median: 'with_value',
  quartiles: 'with_value',
  min: 'with_value',
  max: 'with_value',
  range: 'with_value',
  sum: 'with_value',
  distinct: 'with_value',
};
const BASES = ['records', 'all', 'valid', 'answered', 'with_value'] as const;
type Base = (typeof BASES)[number];

const CHARTS = ['donut', 'bar', 'hbar', 'stacked', 'grouped', 'pyramid', 'line', 'histogram', 'map', 'table', 'narrative'] as const;

const WHERE = /^\s*[a-z_][a-z0-9_/]*\s*(!=|>=|<=|=|>|<)\s*\S.*$/;

const indicatorSchema = z
  .object({
    id: z.string().regex(/^b\d+\.[a-z0-9_]+$/),
    title: labelSchema,
    note: labelSchema.optional(),
    where: z.array(z.string().regex(WHERE)).default([]),
    dimensions: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).min(1).max(3),
    statistic: z.enum(STATISTICS),
    variable: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
    base: z.enum(BASES),
    totals: z.boolean().default(true),
    /** Suggested chart (the templates decide). */
    chart: z.enum(CHARTS).optional(),
    /** Amounts converted to this currency at the rate of the interview month. */
    currency: z.literal('USD').optional(),
  })
  .strict()
  .superRefine((ind, ctx) => {
    if (ind.statistic !== 'count' && ind.variable === undefined) {
      ctx.addIssue({ code: 'custom', message: `${ind.statistic} needs a variable`, path: ['variable'] });
    }
    if (BASE_OF[ind.statistic] !== ind.base) {
      ctx.addIssue({ code: 'custom', message: `base of ${ind.statistic} is ${BASE_OF[ind.statistic]}`, path: ['base'] });
    }
  });
export type IndicatorSpec = z.output<typeof indicatorSchema>;

export const registrySchema = z
  .object({
    $schema: z.string().optional(),
    bulletin: z.number().int().min(1).max(99),
    instrument: z.enum(['survey', 'assistance']),
    title: labelSchema,
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.indicators.forEach((ind, k) => {
      if (seen.has(ind.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${ind.id}`, path: ['indicators', k, 'id'] });
      seen.add(ind.id);
      if (!ind.id.startsWith(`b${r.bulletin}.`)) ctx.addIssue({ code: 'custom', message: `id ${ind.id} not of bulletin ${r.bulletin}`, path: ['indicators', k, 'id'] });
    });
  });
export type RegistryFile = z.output<typeof registrySchema>;
