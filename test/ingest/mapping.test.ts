import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadMapping, parseMapping } from '../../src/ingest/mapping.js';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../../src/schema/json-schema.js';
import { tempDir } from './helpers.js';

const t = tempDir();

describe('mapping files', () => {
  it('parses a full mapping and fills defaults', () => {
    const m = parseMapping(
      JSON.stringify({ kind: 'survey', columns: { Q1: 'sex' }, values: { sex: { M: 'male' } }, constants: { country: 'KGZ' } }),
      'm.json',
    );
    expect(m).toEqual({ kind: 'survey', columns: { Q1: 'sex' }, values: { sex: { M: 'male' } }, constants: { country: 'KGZ' }, missing: [] });
    expect(parseMapping('{}', 'empty.json')).toEqual({ columns: {}, values: {}, constants: {}, missing: [] });
  });

  it.each([
    ['{"columns": {"a": 5}}', /columns\.a/],
    ['{"kind": "census"}', /kind/],
    ['{"colums": {}}', /colums|Unrecognized/i],
    ['{"columns": {"a": "Not Canonical"}}', /columns\.a: a canonical column/],
    ['not json', /not valid JSON/],
  ])('refuses %s with a UsageError naming the path', (text, re) => {
    const e = (() => {
      try {
        parseMapping(text, 'bad.json');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(2);
    expect((e as Error).message).toMatch(re);
  });

  it('reads a mapping file, BOM and all, and refuses a missing one', async () => {
    const p = t.file('m.json', '\uFEFF{"constants": {"country": "KGZ"}}');
    expect((await loadMapping(p)).constants).toEqual({ country: 'KGZ' });
    await expect(loadMapping(`${t.dir}/nope.json`)).rejects.toThrow(/no such file/);
  });

  it('has committed JSON schemas equal to the generated ones (else run `npm run schemas`)', () => {
    for (const { file, schema } of JSON_SCHEMA_FILES) {
      const committed = readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8');
      expect(committed, `schemas/${file} is out of date: run \`npm run schemas\` and commit it`).toBe(jsonSchemaText(schema));
    }
  });
});
