// The DuckDB reference of the bench, run as its own process like `bulletin`:
//   node scripts/bench/duckdb-ref.mjs validate|query|build FILE SPEC.json
// What each case does is written in duckdb-sql.mjs. Results go to stdout (CSV or JSON).
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildSql, querySql, validateSql } from './duckdb-sql.mjs';

const [, , kind, file, specFile] = process.argv;
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();

const toCsv = (reader) => {
  const cols = reader.columnNames();
  const lines = [cols.join(',')];
  for (const row of reader.getRowsJS()) lines.push(row.map((v) => (v === null ? '' : String(v))).join(','));
  return `${lines.join('\n')}\n`;
};

if (kind === 'validate') {
  const head = await con.runAndReadAll(`SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true) LIMIT 0`);
  const reader = await con.runAndReadAll(validateSql(file, head.columnNames(), spec));
  const [row] = reader.getRowObjectsJS();
  process.stdout.write(`${JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);
} else if (kind === 'query') {
  process.stdout.write(toCsv(await con.runAndReadAll(querySql(file))));
} else if (kind === 'build') {
  const { load, queries } = buildSql(file);
  await con.run(load);
  for (const sql of queries) process.stdout.write(toCsv(await con.runAndReadAll(sql)));
} else {
  process.stderr.write(`unknown case ${kind}\n`);
  process.exitCode = 2;
}
