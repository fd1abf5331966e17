/**
 * Writes every generated JSON schema under `schemas/` (npm run schemas, after build:ts).
 * A script entry point: the only file of schema/ with side effects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import { JSON_SCHEMA_FILES, jsonSchemaText } from './json-schema.js';

const dir = process.argv[2] ? `${process.argv[2].replace(/\/+$/, '')}/` : packagePath('schemas/');
mkdirSync(dir, { recursive: true });
for (const { file, schema } of JSON_SCHEMA_FILES) writeFileSync(`${dir}${file}`, jsonSchemaText(schema));
