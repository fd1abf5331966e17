/**
 * The shape of the fixed text of every bulletin, data/content/boilerplate.json (read by
 * i18n/boilerplate.ts; schemas/boilerplate.schema.json is generated from `boilerplateFileSchema`).
 */
import { z } from 'zod';
import { localizedSchema } from './template.js';

export const boilerplateFileSchema = z.strictObject({
  $schema: z.string().optional(),
  series: localizedSchema,
  organisation: localizedSchema,
  funding_line: localizedSchema,
  /** The paragraphs of "About the project". */
  about: z.array(localizedSchema).min(1),
  /** Opening sentence of "Purpose of the bulletin"; `{area}` is the template's thematic area. */
  purpose_lead: localizedSchema,
  glossary: z.array(z.strictObject({ term: localizedSchema, definition: localizedSchema })).min(1),
  glossary_note: localizedSchema,
  glossary_source: localizedSchema,
  disclaimer: z.array(localizedSchema).min(1),
  publisher_title: localizedSchema,
  /** Blocks of lines; `{KZ-AST}` is the name of the place with that code as of the data. */
  publisher: z.array(z.array(localizedSchema).min(1)).min(1),
  rights: localizedSchema,
  /** `{year}` is the year of the data's last date. */
  copyright: localizedSchema,
});
export type GlossaryEntry = z.infer<typeof boilerplateFileSchema>['glossary'][number];
