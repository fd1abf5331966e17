/**
 * The shape of a bulletin template (templates/NN-slug.json). A template is data: which indicators
 * of the registry (templates/indicators/) feed which figures, the narrative sentences with slots for
 * computed numbers, and the notes. `schemas/template.schema.json` is generated from `templateSchema`.
 *
 * Slot syntax inside a narrative sentence (see narrative/fill.ts):
 *   {name}                          the slot's number, formatted for the language (1 234)
 *   {name|percent}                  a share (0–1) as a whole percentage (42%)
 *   {name|plural:migrant,migrants}  the number and the plural form for it: English one,other;
 *                                   Russian one,few,many ({n|plural:мигрант,мигранта,мигрантов})
 *   {name|noun:мигрант,мигранта,мигрантов}  only the plural form, without the number
 *   {name|label}                    a category label (slot with `top`), or a place/country name
 *   {name|label:gen}                a `list` of countries in the Russian genitive (из Кыргызстана (9));
 *                                   English as {name|label}
 *   {name|usd}                      an amount in US dollars, whole ($285 / 285 $)
 *   {name|age}                      an age: whole years, or months under one (2 months / 2 мес.)
 *   {name|age:year,years}           the same with its unit (78 years; under one: 2 months)
 *   {name|fewer:victim,victims}     "fewer than five victims" when the number is hidden as small;
 *                                   otherwise the fragment (or sentence) is dropped
 *   [ … ]                           an optional fragment: dropped when a slot inside it is 0, missing
 *                                   or hidden by the small-count rule
 * A sentence whose slot outside any fragment is missing or hidden is left out, or replaced by the
 * first of its `else` wordings that can be filled ("fewer than five …", the sentence without the
 * breakdown). A sentence never prints "<5" or "–".
 * Context slots that need no declaration: {country}, {country_the} (the Russian Federation, mid-sentence), {country_in} (in Kyrgyzstan / в Кыргызстане),
 * {period}, {round}.
 */
import { z } from 'zod';
import { CHART_TYPES, type ChartType } from './chart-types.js';

export const localizedSchema = z
  .object({ en: z.string().min(1), ru: z.string().min(1) })
  .strict()
  .describe('The same text in English and Russian');
export type Localized = z.infer<typeof localizedSchema>;

const slotNameSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'slot names are snake_case');

const STATS = ['count', 'share', 'mean', 'median', 'q1', 'q3', 'min', 'max', 'sum'] as const;

const slotSpecSchema = z
  .object({
    indicator: z.string().min(1).describe('Indicator id of the registry (templates/indicators/), e.g. b6.sex'),
    stat: z.enum(STATS).optional().describe('Statistic of the result row; default: the first row found'),
    category: z.string().optional().describe('Category or option of the result row (male, food, ...)'),
    categories: z
      .array(z.string())
      .min(2)
      .optional()
      .describe('Several categories of one answer set added up as a reader means them ("more than half" with "all"); shares of one base add'),
    dims: z
      .record(z.string(), z.string())
      .optional()
      .describe('Further disaggregation cells to match, besides the country of the section'),
    value: z
      .enum(['value', 'n', 'count'])
      .default('value')
      .describe('Which number of the row: the figure, its unweighted base, or its numerator'),
    top: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Rank among the categories (1 = largest); the slot then also carries the category label'),
    list: z
      .number()
      .int()
      .min(2)
      .max(8)
      .optional()
      .describe('The largest categories, up to this many, as a list for {name|label}: "Uzbekistan (40), Moldova (38) and Tajikistan (13)"'),
    otherThanSection: z
      .boolean()
      .optional()
      .describe('With `top`/`list`: leave out the section\'s own country ("the country they came from" is never the country they are in)'),
    complete: z
      .boolean()
      .optional()
      .describe('With `list`: the slot has a value only when the list names every answer given (true: "citizens of A, B and C") or only some (false: "mainly citizens of A, B and C")'),
    majority: z
      .boolean()
      .optional()
      .describe('With `list`: the slot has a value only when the items named make up more than half of the answers (true: "mainly from A (12)") or half or less (false: "including from A (9)")'),
    topIsSection: z
      .boolean()
      .optional()
      .describe('With `top`: the slot has a value only when the answer named most often is (true) or is not (false) the section\'s own country ("the destination named most often was Kazakhstan" in the Kazakhstan section says nothing: the template words that case itself)'),
    across: z
      .enum(['max', 'min'])
      .optional()
      .describe('Regional comparison only: the country where the cell (category, statistic) is highest (max) or lowest (min), as the value and, for {name|label}, "in Kazakhstan" / «в Казахстане» (every country tied at the printed value: "in Kazakhstan and Kyrgyzstan"); left out when a country\'s cell is hidden or fewer than two countries have one. In a country section the slot has no value'),
    minSpread: z
      .number()
      .min(0)
      .optional()
      .describe('With `across`: the smallest difference between the highest and the lowest country, as printed (percentage points for a share, the value\'s unit otherwise), for the comparison to be said; a smaller spread leaves the slot without a value'),
    hiddenWith: z
      .string()
      .min(1)
      .optional()
      .describe('The indicator of a published figure by age group and sex (e.g. b6.age_sex). For an age (min, max): the age is not written when its age group is hidden there. For a count of minors (of one sex, or both): the count is not written when one of that sex\'s age groups under 18 is hidden there. The text never tells what the figure hides'),
  })
  .strict();
export type SlotSpec = z.infer<typeof slotSpecSchema>;

/** The chart types of charts/types.ts, plus a coverage `map` (geo/), a `table` block and a `cross-table`. */
const sentenceSchema = z
  .object({
    en: z.string().min(1),
    ru: z.string().min(1),
    else: z
      .array(localizedSchema)
      .optional()
      .describe('Alternative wordings, tried in order when a number the sentence needs is missing or hidden by the small-count rule'),
  })
  .strict()
  .describe('A narrative sentence in English and Russian, with its alternatives');
export type Sentence = z.infer<typeof sentenceSchema>;

const FIGURE_KINDS = [...CHART_TYPES, 'map', 'table', 'cross-table'] as const;
/** `cross-table`: a grouped chart's shares set as a table, option × country or option × series (compose/cross-table.ts). */
export type FigureKind = ChartType | 'map' | 'table' | 'cross-table';

const STANDARD_NOTES = ['multi', 'non_response', 'indicative', 'returnees_only', 'stranded_only', 'converted_usd'] as const;
export type StandardNote = (typeof STANDARD_NOTES)[number];

export const figureSpecSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'figure ids are lower-case words joined by -')
      .describe('Short id; the published figure id is b<number>-<country>-<id>, e.g. b6-kgz-sex'),
    indicator: z.string().min(1).describe('Indicator id of the registry'),
    chart: z.enum(FIGURE_KINDS as unknown as [FigureKind, ...FigureKind[]]),
    caption: localizedSchema.describe('Figure caption, printed as "Figure N: <caption>"'),
    note: localizedSchema.optional().describe('A note printed under the figure'),
    asSentence: localizedSchema
      .optional()
      .describe(
        'The sentence that stands for the figure when it has one category (narrative syntax): {n} the base (or the count), {category}, {category_the} ("the Russian Federation"), {category_in} ("in Kazakhstan" / «в Казахстане»), {value} (e.g. {value|usd}), and the template\'s slots of the section. Without it a chart of shares or counts takes a plain sentence and a chart of amounts is drawn',
      ),
    notes: z.array(z.enum(STANDARD_NOTES)).default([]).describe('Standard notes (multi: may exceed 100%; non_response: dnk/pnta left out; ...)'),
    stat: z.enum(STATS).optional().describe('Statistic to chart when the indicator gives several'),
    series: z.string().optional().describe('A dimension drawn as series (e.g. sex): one bar or side per value'),
    by: z.string().optional().describe('A dimension whose values are the categories (instead of the indicator\'s categories)'),
    category: z.string().optional().describe('Keep only the rows of this category (with `by`: e.g. yes); `_total`: only the totals (one bar per country)'),
    sort: z.boolean().default(false).describe('Sort bars by value, largest first'),
    palette: z.enum(['categorical', 'sequential', 'diverging']).optional().describe('Colours of the chart: categorical (unordered answers), sequential (ordered answers; default of stacked bars) or diverging (two-sided answers)'),
    alone: z
      .boolean()
      .optional()
      .describe('Drawn in a country section only when the bulletin has one country: with two or more, the regional comparison shows it for all of them (e.g. as a cross table)'),
  })
  .strict();
export type FigureSpec = z.infer<typeof figureSpecSchema>;

const keyFigureSchema = z
  .object({
    value: z
      .string()
      .min(1)
      .describe('The number, as a slot in the narrative syntax: "{total}", "{lost_job|percent}", "{amount_median|usd}"; a hidden value prints as "<5", a missing one drops the item'),
    label: localizedSchema.describe('Short label under the number: "lost their job"; under a count, its word in the form the number takes: "{total|noun:interview,interviews}", «{partners|noun:партнёрская организация,партнёрские организации,партнёрских организаций}»'),
  })
  .strict();
export type KeyFigure = z.infer<typeof keyFigureSchema>;

const keyFindingSchema = z
  .object({
    en: z.string().min(1),
    ru: z.string().min(1),
    scope: z
      .enum(['all', 'country'])
      .default('all')
      .describe('all: one sentence about all countries together; country: the sentence once per country, in section order'),
  })
  .strict();
export type KeyFinding = z.infer<typeof keyFindingSchema>;

export const templateSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^\d{2}-[a-z0-9-]+$/).describe('The file name without .json; also the PDF name'),
    number: z.number().int().min(1).max(99),
    title: localizedSchema,
    population: z.enum(['survey', 'assistance']).describe('The instrument that feeds this bulletin'),
    thematicArea: localizedSchema.describe('The thematic area named in "Purpose of the bulletin"'),
    purpose: z.array(localizedSchema).min(1).describe('Paragraphs of "Purpose of the bulletin" for this bulletin'),
    sectionHeading: localizedSchema.describe('Heading of every country section (e.g. DIRECT ASSISTANCE)'),
    slots: z.record(slotNameSchema, slotSpecSchema).describe('Named numbers that the narrative uses'),
    narrative: z.array(sentenceSchema).min(1).describe('Sentences (one paragraph each) opening every country section'),
    figures: z.array(figureSpecSchema).min(1).describe('Figures of every country section, in order'),
    regional: z
      .object({
        narrative: z.array(sentenceSchema).default([]),
        figures: z.array(figureSpecSchema).min(1),
      })
      .strict()
      .describe('The regional comparison, when two or more countries are present'),
    notes: z.array(localizedSchema).default([]).describe('Notes printed at the end of the bulletin'),
    keyFigures: z
      .array(keyFigureSchema)
      .max(4)
      .default([])
      .describe('The key-figures strip opening every country section: three or four large numbers with short labels'),
    keyFindings: z
      .array(keyFindingSchema)
      .default([])
      .describe('Sentences of the Key findings page (aim for five to eight in all), filled like the narrative; a sentence missing a number is left out'),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;

/** A template as loaded (compose/load-templates.ts), with its file name for messages. */
export interface LoadedTemplate {
  template: Template;
  /** File name for messages: `templates/06-direct-assistance.json`. */
  file: string;
}
