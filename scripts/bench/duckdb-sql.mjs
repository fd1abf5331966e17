/**
 * The SQL of the DuckDB reference, one statement per bench case. What each does:
 *
 * validate  one streaming pass over read_csv(file, header=true, all_varchar=true) that checks every
 *           column of the survey declaration present in the file: required cells present; codes in
 *           their list (dnk/pnta where allowed); yes/no spellings; integers and numbers by TRY_CAST
 *           and their ranges; dates by TRY_CAST / try_strptime (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY);
 *           ISO3 country and ISO 4217 currency codes in their lists; multi cells split on spaces with
 *           every option in its list and `none` alone; three cross-field rules (return_date <=
 *           interview_date, children < household_size, currency when amount > 0); duplicate ids
 *           (count - count distinct). It returns the number of rows, rows rejected, and failures per
 *           rule. It does not match admin1 names against places, keep issue lists with line numbers,
 *           detect encodings or delimiters beyond DuckDB's sniffer, or write a report: it is the
 *           floor for "read every cell and check it", not a re-implementation of `bulletin validate`.
 * query     read_csv(file, header=true, all_varchar=true), rows without consent left out (as the
 *           tool does), GROUP BY country, sex: the share of each sex within its country (a window
 *           sum over the group counts) and the country base n, as CSV.
 * build     reads the survey once into a table (rows with consent), then 12 disaggregations by country (sex, age group,
 *           population group, education, marital status, employment before/now, income change,
 *           remittance frequency and change, and two multi questions unnested: priority needs and
 *           COVID-19 impacts), each with counts and shares within country. A reference point only:
 *           `bulletin build` also validates, renders charts and writes PDFs in two languages.
 */
const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const id = (s) => `"${String(s).replaceAll('"', '""')}"`;
const escape = (x) => x.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const alt = (xs) => q(xs.map(escape).join('|'));

const MISSING = ['NA', 'N/A', 'n/a', 'NULL', 'NaN', 'NaT', '-'];
const YES_NO = ['yes', 'no', '1', '0', 'true', 'false', 'да', 'нет'];
const NON_RESPONSE = ['dnk', 'pnta'];

/** Checks of one column as SQL boolean expressions that are TRUE when the cell fails. */
function columnChecks(col, spec) {
  const c = id(col.name);
  // DuckDB's reader already turns an empty cell into NULL; the other missing spellings are listed.
  // Membership is tested with regexp_full_match on an alternation: DuckDB plans long IN lists as
  // one MARK join each, which costs far more than the check itself with 60-odd columns.
  const present = `(${c} IS NOT NULL AND NOT regexp_full_match(${c}, ${alt(MISSING)}))`;
  const checks = [];
  if (col.required) checks.push([`${col.name}.required`, `NOT ${present}`]);
  const codes = (col.codes ?? []).map((x) => x.code);
  const allowed = col.nonResponse ? [...codes, ...NON_RESPONSE] : codes;
  const inList = (xs, flags = '') => `regexp_full_match(${c}, ${alt(xs)}${flags ? `, '${flags}'` : ''})`;
  let ok = null;
  switch (col.type) {
    case 'code':
      ok = inList(allowed);
      break;
    case 'yesno':
      ok = inList([...YES_NO, ...NON_RESPONSE], 'i');
      break;
    case 'integer': {
      const n = `TRY_CAST(${c} AS BIGINT)`;
      ok = `${n} BETWEEN ${col.min ?? -9e18} AND ${col.max ?? 9e18}`;
      break;
    }
    case 'number': {
      const n = `TRY_CAST(${c} AS DOUBLE)`;
      ok = `(${n} ${col.exclusiveMin ? '>' : '>='} ${col.min ?? '-1e308'}${col.max !== undefined ? ` AND ${n} <= ${col.max}` : ''})`;
      break;
    }
    case 'date':
      ok = `coalesce(TRY_CAST(left(${c}, 10) AS DATE), try_strptime(${c}, '%d.%m.%Y')::DATE, try_strptime(${c}, '%d/%m/%Y')::DATE) IS NOT NULL`;
      break;
    case 'iso3':
      ok = inList(spec.iso3);
      break;
    case 'currency':
      ok = inList(spec.currencies);
      break;
    case 'multi': {
      const opt = `(${codes.map((x) => x.replace(/[^a-z0-9_]/g, '')).join('|')})`;
      checks.push([`${col.name}.code`, `(${present} AND NOT regexp_full_match(${c}, '${opt}( +${opt})*'))`]);
      checks.push([`${col.name}.none-exclusive`, `(${present} AND ${c} <> 'none' AND regexp_matches(${c}, '(^| )none( |$)'))`]);
      return checks;
    }
    default:
      return checks;
  }
  checks.push([`${col.name}.${col.type}`, `(${present} AND NOT coalesce(${ok}, FALSE))`]);
  return checks;
}

function crossChecks(present) {
  const has = (...xs) => xs.every((x) => present.has(x));
  const out = [];
  if (has('return_date', 'interview_date')) {
    out.push([
      'return_date.range',
      `coalesce(TRY_CAST(left(return_date, 10) AS DATE) < DATE '2020-01-01' OR TRY_CAST(left(return_date, 10) AS DATE) > TRY_CAST(left(interview_date, 10) AS DATE), FALSE)`,
    ]);
  }
  if (has('children_in_household', 'household_size')) {
    out.push(['children_in_household.max', `coalesce(TRY_CAST(children_in_household AS BIGINT) >= TRY_CAST(household_size AS BIGINT), FALSE)`]);
  }
  if (has('remittance_amount', 'remittance_currency')) {
    out.push(['remittance_currency.required', `coalesce(TRY_CAST(remittance_amount AS DOUBLE) > 0 AND nullif(trim(remittance_currency), '') IS NULL, FALSE)`]);
  }
  return out;
}

export function validateSql(file, header, spec) {
  const present = new Set(header);
  const checks = [
    ...spec.columns.filter((c) => present.has(c.name)).flatMap((c) => columnChecks(c, spec)),
    ...crossChecks(present),
  ];
  const flags = checks.map(([, expr], i) => `coalesce(${expr}, FALSE) AS f${i}`).join(',\n  ');
  const anyBad = checks.map((_, i) => `f${i}`).join(' OR ') || 'FALSE';
  const perRule = checks.map(([rule], i) => `count(*) FILTER (WHERE f${i}) AS ${id(rule)}`).join(',\n  ');
  const idCol = present.has(spec.idColumn) ? id(spec.idColumn) : 'NULL';
  return `SELECT count(*) AS rows, count(*) FILTER (WHERE ${anyBad}) AS rejected,
  count(*) - count(DISTINCT ${idCol}) AS duplicate_ids${perRule ? `,\n  ${perRule}` : ''}
FROM (SELECT ${idCol === 'NULL' ? '' : `${idCol}, `}${flags || 'TRUE AS f'}
      FROM read_csv(${q(file)}, header = true, all_varchar = true))`;
}

export function querySql(file) {
  // Respondents who did not consent are excluded (docs/data-contract.md); n is the base of the share.
  return `SELECT country, sex, 'share' AS stat,
  count(*) / sum(count(*)) OVER (PARTITION BY country) AS value, sum(count(*)) OVER (PARTITION BY country) AS n
FROM read_csv(${q(file)}, header = true, all_varchar = true)
WHERE ${CONSENTED}
GROUP BY country, sex ORDER BY country, sex`;
}

const CONSENTED = `coalesce(lower(consent) NOT IN ('no', '0', 'false', 'нет'), TRUE)`;

const AGE_GROUP = `CASE WHEN age < 18 THEN '14_17' WHEN age < 25 THEN '18_24' WHEN age < 35 THEN '25_34'
  WHEN age < 45 THEN '35_44' WHEN age < 55 THEN '45_54' WHEN age < 65 THEN '55_64' ELSE '65_plus' END`;

export const BUILD_DISAGGREGATIONS = [
  ['sex', 'sex'],
  ['age_group', AGE_GROUP],
  ['population_group', 'population_group'],
  ['education', 'education'],
  ['marital_status', 'marital_status'],
  ['employment_before', 'employment_before'],
  ['employment_now', 'employment_now'],
  ['income_change', 'income_change'],
  ['remittance_frequency', 'remittance_frequency'],
  ['remittance_change', 'remittance_change'],
  ['priority_needs', "unnest(string_split(priority_needs, ' '))"],
  ['covid_impacts', "unnest(string_split(covid_impacts, ' '))"],
];

export function buildSql(file) {
  const load = `CREATE TABLE s AS SELECT * FROM read_csv(${q(file)}, header = true) WHERE ${CONSENTED.replace('lower(consent)', 'lower(consent::VARCHAR)')}`;
  const queries = BUILD_DISAGGREGATIONS.map(
    ([name, expr]) => `SELECT ${q(name)} AS figure, country, category, count(*) AS n,
  count(*) / sum(count(*)) OVER (PARTITION BY country) AS share
FROM (SELECT country, ${expr} AS category FROM s) GROUP BY country, category ORDER BY country, category`,
  );
  return { load, queries };
}
