// schema/data-file.ts: the loader of declared data, and the bundled files it reads.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkJson, loadBundledData, parseJsonData } from '../../src/schema/data-file.js';
import { codesFileSchema, countriesFileSchema, instrumentFileSchema, placesFileSchema } from '../../src/schema/bundled-schemas.js';
import { seedTargetsFileSchema } from '../../src/schema/seed-targets.js';
import { boilerplateFileSchema } from '../../src/schema/boilerplate.js';
import { surveyDesignFileSchema } from '../../src/schema/survey-design.js';

const BUNDLED = [
  ['data/schema/codes.json', codesFileSchema],
  ['data/schema/places.json', placesFileSchema],
  ['data/schema/survey.json', instrumentFileSchema],
  ['data/schema/assistance.json', instrumentFileSchema],
  ['data/schema/countries.json', countriesFileSchema],
  ['data/sample/seed-targets.json', seedTargetsFileSchema],
  ['data/content/boilerplate.json', boilerplateFileSchema],
  ['data/sample/survey-design.json', surveyDesignFileSchema],
] as const;

describe('parseJsonData', () => {
  const schema = z.strictObject({ a: z.number(), b: z.array(z.string()) });

  it('reads JSON (a BOM is no error) checked against the schema', () => {
    expect(parseJsonData('\uFEFF{"a": 1, "b": ["x"]}', schema, 'f.json')).toEqual({ a: 1, b: ['x'] });
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseJsonData('{"a": 1,', schema, 'data/f.json')).toThrow(/^data\/f\.json is not valid JSON: /);
  });

  it('names the file and every path at fault', () => {
    let message = '';
    try {
      parseJsonData('{"a": "1", "b": ["x", 2], "c": 0}', schema, 'data/f.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^data\/f\.json does not match its schema:\n/);
    expect(message).toContain('  a: ');
    expect(message).toContain('  b.1: ');
    expect(message).toContain('  (top): ');
  });
});

describe('checkJson', () => {
  const schema = z.strictObject({ a: z.number() });

  it('tells the callers whether the text was not JSON or did not match, so each raises its own error', () => {
    expect(checkJson('\uFEFF{"a": 1}', schema)).toEqual({ ok: true, data: { a: 1 } });
    const notJson = checkJson('{"a":', schema);
    expect(notJson.ok === false && notJson.stage).toBe('json');
    const wrong = checkJson('{"a": "1"}', schema);
    expect(wrong.ok === false && wrong.stage === 'schema' && wrong.problems).toMatch(/^ {2}a: /);
  });
});

describe('bundled data', () => {
  it.each(BUNDLED)('%s is found from the package root and matches its schema', (file, schema) => {
    expect(() => loadBundledData(file, schema)).not.toThrow();
  });

  it.each(BUNDLED)('%s names its generated JSON Schema', (file) => {
    const json = JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as { $schema?: string };
    const schemaFile = new URL(json.$schema ?? '', new URL(`../../${file}`, import.meta.url));
    expect(() => readFileSync(schemaFile)).not.toThrow();
  });

  it('rejects a segment that names a pool of sites the file does not have', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/sample/seed-targets.json', import.meta.url), 'utf8')) as {
      segments: Array<{ sites?: unknown }>;
    };
    const first = file.segments[0];
    if (first) first.sites = 'nowhere';
    expect(() => parseJsonData(JSON.stringify(file), seedTargetsFileSchema, 'seed-targets.json')).toThrow(/segments\.0\.sites: no pool "nowhere"/);
  });
});

/**
 * The modules that read bundled tables on the start-up path, with everything they import at run
 * time (type imports are erased), never import zod: `query` on the validated cache must not pay
 * for loading it.
 */
describe('the start-up path', () => {
  const SRC = resolve(import.meta.dirname, '..', '..', 'src');
  const runtimeImports = (file: string): string[] => {
    const text = readFileSync(file, 'utf8');
    const specs: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) specs.push(m[1] as string);
    return specs;
  };
  const closure = (entry: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of runtimeImports(file)) if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    };
    visit(entry);
    return seen;
  };

  it.each(['schema/instruments.ts', 'schema/codes.ts', 'schema/place-entries.ts', 'schema/places.ts', 'schema/countries.ts', 'i18n/country-cases.ts'])('%s loads no zod', (entry) => {
    const files = [...closure(join(SRC, entry))];
    expect(files.length).toBeGreaterThan(1);
    const withZod = files.filter((f) => runtimeImports(f).some((s) => s === 'zod' || s.startsWith('zod/')));
    expect(withZod.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('sees a runtime import of zod where there is one', () => {
    expect(runtimeImports(join(SRC, 'schema', 'bundled-schemas.ts'))).toContain('zod');
    expect(runtimeImports(join(SRC, 'schema', 'data-file.ts'))).not.toContain('zod');
  });
});
