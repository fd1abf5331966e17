/**
 * What the DuckDB validate reference needs from the tool (duckdb-sql.mjs): the survey columns as
 * declared, the id column, and the ISO3 country and currency code lists. `load(path)` imports a
 * module of the tool by its path under src/ or dist/ without extension (`schema/countries`), so
 * that the bench reads its private copy of dist/ and the tests read src/ (test/scripts).
 */
export async function duckdbSpec(load) {
  const { INSTRUMENTS } = await load('schema/instruments');
  const { iso3Codes } = await load('schema/countries');
  const { CURRENCY_CODES } = await load('schema/currencies');
  return { idColumn: INSTRUMENTS.survey.idColumn, columns: INSTRUMENTS.survey.columns, iso3: [...iso3Codes()], currencies: [...CURRENCY_CODES] };
}
