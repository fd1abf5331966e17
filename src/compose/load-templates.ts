/**
 * Loads the bulletin templates (templates/NN-slug.json, schema/bulletins.ts) once per build: JSON, then the zod
 * schema (the same one schemas/template.schema.json is generated from), then the references to
 * the indicator registry and the narrative slots (check-template.ts). Any problem is a UsageError
 * (exit 2) naming the file and the path in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { TEMPLATE_DIR, templateFiles } from '../schema/bulletins.js';
import { checkJson } from '../schema/data-file.js';
import { templateSchema, type LoadedTemplate } from '../schema/template.js';
import { checkTemplate } from './check-template.js';

export type { LoadedTemplate };

export function loadTemplates(indicatorIds: ReadonlySet<string>, dir: string = TEMPLATE_DIR): LoadedTemplate[] {
  const names = templateFiles(dir).map((f) => f.name);
  if (names.length === 0) throw new UsageError('template.missing', msg.build.templateMissing(dir));
  return names.map((name) => loadTemplate(join(dir, name), `templates/${name}`, indicatorIds));
}

export function loadTemplate(path: string, file: string, indicatorIds: ReadonlySet<string>): LoadedTemplate {
  const parsed = checkJson(readFileSync(path, 'utf8'), templateSchema);
  if (!parsed.ok) {
    throw parsed.stage === 'json'
      ? new UsageError('template.json', msg.build.templateJson(file, parsed.reason))
      : new UsageError('template.schema', msg.build.templateSchema(file, parsed.problems));
  }
  checkTemplate(parsed.data, file, indicatorIds);
  if (!file.endsWith(`${parsed.data.id}.json`)) {
    throw new UsageError('template.schema', msg.build.templateSchema(file, `  id: "${parsed.data.id}" must match the file name`));
  }
  if (parsed.data.number !== Number(parsed.data.id.slice(0, 2))) {
    throw new UsageError('template.schema', msg.build.templateSchema(file, `  number: ${parsed.data.number} must be the number of the file name`));
  }
  return { template: parsed.data, file };
}
