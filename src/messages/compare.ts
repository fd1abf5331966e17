/** Messages of `--baseline` and `bulletin diff` (the CLI speaks English). */
export const compare = {
  notABuild: (dir: string, why: string) =>
    `${dir} is not the output of \`bulletin build\` (${why}); give the --out directory of an earlier build (it holds manifest.json and tables/)`,
  noManifest: () => 'no manifest.json',
  manifestUnreadable: (problem: string) => `manifest.json cannot be read: ${problem}`,
  manifestForeign: () => 'manifest.json was not written by bulletin',
  tableMissing: (path: string) => `${path} is listed in manifest.json but missing`,
  tableChanged: (path: string) => `${path} differs from the sha256 manifest.json records: the build was edited after it was written`,
  tableUnreadable: (path: string, problem: string) => `${path} cannot be read: ${problem}`,
  badFormat: (bad: string) => `--format: "${bad}" is not one of "markdown", "json", "csv"`,
  baselineUsed: (dir: string, cells: number, significant: number) =>
    `compared with the baseline ${dir}: ${cells} published cells in both rounds, ${significant} significant change${significant === 1 ? '' : 's'} (tables/changes.csv)`,
};
