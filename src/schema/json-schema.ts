/**
 * JSON schemas generated from the zod schemas of the configuration files, committed under
 * `schemas/` for editors and users. Regenerate with `npm run schemas` (test/schema checks that the
 * committed files are current). Every configuration schema of the project, and every schema of the
 * bundled data under `data/` (schema/data-file.ts), is one entry of the list.
 */
import { z } from 'zod';
import { mappingSchema } from './mapping.js';
import { registrySchema } from './indicator.js';
import { templateSchema } from './template.js';
import { contentSchema } from './content.js';
import { codesFileSchema, countriesFileSchema, instrumentFileSchema, placesFileSchema } from './bundled-schemas.js';
import { seedTargetsFileSchema } from './seed-targets.js';
import { boilerplateFileSchema } from './boilerplate.js';
import { surveyDesignFileSchema } from './survey-design.js';

export interface JsonSchemaFile {
  /** File name under `schemas/`. */
  file: string;
  schema: z.ZodType;
}

export const JSON_SCHEMA_FILES: JsonSchemaFile[] = [
  { file: 'mapping.schema.json', schema: mappingSchema },
  { file: 'indicator.schema.json', schema: registrySchema },
  { file: 'template.schema.json', schema: templateSchema },
  { file: 'content.schema.json', schema: contentSchema },
  { file: 'codes.schema.json', schema: codesFileSchema },
  { file: 'places.schema.json', schema: placesFileSchema },
  { file: 'instrument.schema.json', schema: instrumentFileSchema },
  { file: 'countries.schema.json', schema: countriesFileSchema },
  { file: 'seed-targets.schema.json', schema: seedTargetsFileSchema },
  { file: 'boilerplate.schema.json', schema: boilerplateFileSchema },
  { file: 'survey-design.schema.json', schema: surveyDesignFileSchema },
];

/** The text of a generated schema file: stable key order, two-space indent, final newline. */
export function jsonSchemaText(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(json, null, 2)}\n`;
}
