/** Messages of `bulletin build` (the CLI speaks English; the publications are bilingual). */
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

export const build = {
  notConverted: (amounts: number, rates: string, missing: ReadonlyArray<{ currency: string; month: string; amounts: number }>) => {
    const by = new Map<string, string[]>();
    for (const m of missing) by.set(m.currency, [...(by.get(m.currency) ?? []), m.month]);
    const list = [...by].map(([c, ms]) => `${c} (${ms.length === 1 ? ms[0] : `${ms.length} months, ${ms[0]} … ${ms[ms.length - 1]}`})`).join(', ');
    return `${amounts} remittance amount${amounts === 1 ? ' has' : 's have'} no exchange rate in ${rates} for their currency and month: ${list}; they are left out of every figure in US dollars (listed in manifest.json and validation.json)`;
  },
  validationValuesWithheld: () =>
    'values are not published (they may be personal data): `bulletin validate FILE --report issues.csv` on the input gives the value of each issue',
  templateBadRef: (file: string, path: string, what: string, bad: string, near: readonly string[]) =>
    `${file}: ${path}: unknown ${what} "${bad}"${near.length ? `; did you mean ${list(near)}?` : ''}`,
  templateDuplicateFigure: (file: string, path: string, id: string) => `${file}: ${path}: figure id "${id}" is used twice; give each figure its own id`,
  templateOpensWithNumeral: (file: string, path: string, opening: string) =>
    `${file}: ${path}: the sentence opens with a figure (${opening}); a sentence never opens with a figure: rephrase it so that a word comes first`,
  templateSyntax: (file: string, path: string, problem: string, offset: number) =>
    `${file}: ${path}: ${problem} at character ${offset + 1}; slots are written {name}, {name|plural:form,forms}, optional parts [ … ]`,
  templatePluralForms: (file: string, path: string, slot: string, lang: string, want: number, got: number) =>
    `${file}: ${path}: slot "${slot}" lists ${got} plural forms for ${lang}; ${lang} needs ${want} (${lang === 'ru' ? 'one, few, many: мигрант,мигранта,мигрантов' : 'one, other: migrant,migrants'})`,
  templateRankedNeedsElse: (file: string, path: string, slot: string) =>
    `${file}: ${path}: slot "${slot}" names the top answer of a figure, which becomes a sentence when it has one answer; the slot is then left out, and with it this whole sentence and the other numbers it gives: put the slot in an optional fragment "[…]" or declare an "else" wording without it`,
  templatePartitiveOpener: (file: string, path: string, opener: string, next: string) =>
    `${file}: ${path}: the sentence opens "Of the {${opener}} …" / «Из {${opener}} …», which must govern a share of them, but the next number it always prints is {${next}}: "Of the 738 migrants …, the median stay was 29 months" dangles; word it without the opener ("{country_in}, 738 migrants were interviewed …; their median stay …")`,
  templateLabelArgs: (file: string, path: string, slot: string, args: string) =>
    `${file}: ${path}: {${slot}|label:${args}}: a label takes no arguments, except "gen" on a list slot (a list of countries in the Russian genitive: {${slot}|label:gen})`,
  templateKeyFigureLabel: (file: string, path: string, slot: string | null) =>
    slot === null
      ? `${file}: ${path}: a key-figure label may name only its count's plural forms, and this key figure is not a count`
      : `${file}: ${path}: the label under the count "${slot}" must give its word forms with {${slot}|noun:…} (en: one,other; ru: one,few,many: {${slot}|noun:партнёрская организация,партнёрские организации,партнёрских организаций})`,
  templateSchema: (file: string, problems: string) => `${file} does not match schemas/template.schema.json:\n${problems}`,
  templateJson: (file: string, problem: string) => `${file} is not valid JSON: ${problem}`,
  templateMissing: (dir: string) => `no bulletin templates found in ${dir}`,
  configUnreadable: (file: string, problem: string) => `cannot read the configuration ${file}: ${problem}`,
  configInvalid: (file: string, problems: string) => `${file}: bad configuration:\n${problems}`,
  badList: (flag: string, bad: string, valid: readonly string[]) => `${flag}: "${bad}" is not one of ${list(valid)}`,
  emptyList: (flag: string, given: string) => `${flag} "${given}" names nothing (an empty list: a variable left unset?); give at least one value`,
  badCountry: (bad: string) => `--country: "${bad}" is not an ISO 3166-1 alpha-3 code (e.g. KGZ, TJK, KAZ, RUS)`,
  badPeriod: (bad: string) => `--period: "${bad}" is not YYYY-MM or YYYY-MM..YYYY-MM (e.g. 2020-10..2021-04)`,
  badCutoff: (bad: string) => `--cutoff: "${bad}" is not a date YYYY-MM-DD (the data cut-off: later interview dates are errors)`,
  badMinCell: (bad: string) => `--min-cell: "${bad}" is not a whole number ≥ 0`,
  inputMissing: (file: string) => `cannot read ${file}: no such file`,
  noSamples: () => 'no input files given and no data-samples/ found; pass --survey FILE and/or --assistance FILE',
  skipped: (n: number, title: string, kind: string) => `bulletin ${n} (${title}) skipped: no ${kind} input`,
  skippedNoRows: (n: number, title: string) => `bulletin ${n} (${title}) skipped: no accepted rows for the chosen countries and period`,
  rejected: (file: string, rejected: number, rows: number) => `${file}: ${rejected} of ${rows} rows rejected; building on the ${rows - rejected} accepted (see validation.json)`,
  allRejected: (file: string, rows: number) =>
    `${file}: all ${rows} rows rejected (the wrong file, or a form that needs --mapping?): \`bulletin validate\` on it says why`,
  rejectedStrict: (file: string, rejected: number, rows: number) => `${file}: ${rejected} of ${rows} rows rejected`,
  strictFailed: (rejected: number) => `--strict: ${rejected} rows rejected; nothing was written (see the issues with \`bulletin validate\`)`,
  disclosureFailed: (n: number, cell: string, routes: string, min: number, max: number) =>
    `disclosure audit: ${n} hidden value${n === 1 ? '' : 's'} could be worked back from what the build publishes; first: ${cell} lies in ${min}…${max} (through ${routes}); nothing was written`,
  nothingToBuild: () => 'nothing to build: no bulletin asked for has data in the inputs for the chosen countries and period',
  built: (pdfs: number, charts: number, tables: number, out: string, seconds: string) =>
    `built ${pdfs} PDF${pdfs === 1 ? '' : 's'}, ${charts} chart files and ${tables} tables in ${out} (${seconds} s)`,
  progress: (done: number, total: number, what: string) => `[${done}/${total}] ${what}`,
};
