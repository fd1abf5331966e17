/**
 * The cases of the bench: what `bulletin` runs, what the DuckDB reference runs, and the target.
 * Targets (issue 6): query on 100k rows <= 1.5x DuckDB (cold: --no-cache); validate on 1M rows
 * <= 3x DuckDB with peak RSS <= 1 GiB; build of all bulletins in both languages from 100k rows
 * in <= 15 s (absolute; the DuckDB build figure is a reference point only); a second query on the
 * same file <= 0.3x DuckDB (the `-warm` cases: the validated cache is primed by one untimed run).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data-samples');

const GiB = 1024;

export function benchCases(data, work) {
  const cases = [
    {
      id: 'validate-100k',
      command: 'validate',
      display: 'bulletin validate survey-100k.csv --json',
      tool: () => ['validate', data.survey100k, '--json'],
      ref: ['validate', data.survey100k],
      expect: [0],
      target: null,
    },
    {
      id: 'validate-1m',
      command: 'validate',
      display: 'bulletin validate survey-1m.csv --json',
      tool: () => ['validate', data.survey1m, '--json'],
      ref: ['validate', data.survey1m],
      expect: [0],
      target: { ratio: 3, peakRssMiB: GiB },
      big: true,
    },
    {
      id: 'validate-1m-1pct-bad',
      command: 'validate',
      display: 'bulletin validate survey-1m-1pct-bad.csv',
      tool: () => ['validate', data.bad1m],
      ref: ['validate', data.bad1m],
      expect: [1],
      target: { peakRssMiB: GiB, truncationReported: true },
      big: true,
      inspect: 'truncation',
    },
    {
      id: 'query-100k',
      command: 'query',
      display: 'bulletin query survey-100k.csv --by country,sex --stat share --no-cache',
      tool: () => ['query', data.survey100k, '--by', 'country,sex', '--stat', 'share', '--no-cache'],
      ref: ['query', data.survey100k],
      expect: [0],
      target: { ratio: 1.5 },
      inspect: 'query',
    },
    {
      id: 'query-100k-warm',
      command: 'query',
      display: 'bulletin query survey-100k.csv --by country,sex --stat share (validated cache, primed)',
      tool: () => ['query', data.survey100k, '--by', 'country,sex', '--stat', 'share'],
      ref: ['query', data.survey100k],
      expect: [0],
      target: { ratio: 0.3 },
      prime: true,
      inspect: 'query',
    },
    {
      id: 'query-1m',
      command: 'query',
      display: 'bulletin query survey-1m.csv --by country,sex --stat share --no-cache',
      tool: () => ['query', data.survey1m, '--by', 'country,sex', '--stat', 'share', '--no-cache'],
      ref: ['query', data.survey1m],
      expect: [0],
      target: null,
      big: true,
      inspect: 'query',
    },
    {
      id: 'query-1m-warm',
      command: 'query',
      display: 'bulletin query survey-1m.csv --by country,sex --stat share (validated cache, primed)',
      tool: () => ['query', data.survey1m, '--by', 'country,sex', '--stat', 'share'],
      ref: ['query', data.survey1m],
      expect: [0],
      target: { ratio: 0.3 },
      big: true,
      prime: true,
      inspect: 'query',
    },
    {
      id: 'build-samples',
      command: 'build',
      display: 'bulletin build (the bundled data-samples/: 4,000 survey rows, 2,166 assistance records) --out OUT --no-cache',
      tool: (rep) => ['build', '--out', join(work, `build-samples-out-${rep}`), '--no-cache'],
      outDir: (rep) => join(work, `build-samples-out-${rep}`),
      ref: ['build', join(SAMPLES, 'survey.csv')],
      expect: [0],
      target: null,
      inspect: 'build',
    },
    {
      id: 'build-100k',
      command: 'build',
      display: 'bulletin build --survey survey-100k.csv --assistance assistance-50k.csv --out OUT --no-cache',
      tool: (rep) => [
        'build',
        '--survey',
        data.survey100k,
        ...(data.assistance100k ? ['--assistance', data.assistance100k] : []),
        '--out',
        join(work, `build-out-${rep}`),
        '--no-cache',
      ],
      outDir: (rep) => join(work, `build-out-${rep}`),
      ref: ['build', data.survey100k],
      expect: [0],
      target: { seconds: 15 },
      inspect: 'build',
    },
  ];
  return cases;
}
