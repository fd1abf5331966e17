/**
 * The mapping file (`--mapping FILE`): how a user's form maps onto a canonical instrument.
 * `schemas/mapping.schema.json` is generated from `mappingSchema` (schema/json-schema.ts).
 *
 * {
 *   "kind": "survey",
 *   "columns":   {"their_col": "canonical_col", "q_12/a": "assistance_types/food"},
 *   "values":    {"canonical_col": {"their value": "code"}},
 *   "constants": {"country": "KGZ"},
 *   "missing":   ["99", "не знаю"]
 * }
 */
import { z } from 'zod';

const canonicalName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\/[a-z0-9_]+)?$/, 'a canonical column: snake_case, or question/option for a multi option');

export const mappingSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of this JSON schema, for editors'),
    $comment: z.string().optional().describe('Free text for people; bulletin mapping writes where its proposal comes from'),
    kind: z.enum(['survey', 'assistance']).optional().describe('The instrument the file follows; inferred from the header when left out'),
    columns: z
      .record(z.string().min(1), canonicalName)
      .default({})
      .describe('Column of the file (as in its header, or without Kobo group prefixes) → canonical column'),
    values: z
      .record(canonicalName, z.record(z.string(), z.string()))
      .default({})
      .describe('Per canonical column: value as found (case and spaces ignored) → canonical code'),
    constants: z
      .record(canonicalName, z.string())
      .default({})
      .describe('Canonical column → value for every row (replaces a column of the file with that name)'),
    missing: z
      .array(z.string())
      .default([])
      .describe('Further values to read as missing, besides empty, NA, N/A, NULL, NaN, NaT and -'),
  })
  .strict()
  .describe('bulletin mapping file: maps a form onto a canonical instrument');

export type Mapping = z.output<typeof mappingSchema>;
export type MappingInput = z.input<typeof mappingSchema>;

export { EMPTY_MAPPING } from './empty-mapping.js';
