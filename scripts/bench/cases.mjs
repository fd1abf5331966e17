/**
 * The cases of the bench: what `bulletin` runs, what the reference runs (DuckDB, or `bulletin`
 * itself: the build of commit 8369c77, or a cold build of this commit), and the target.
 * Targets (issue 6, query and validate tightened by issue 14): query on 100k rows <= 1.0x DuckDB (cold: --no-cache);
 * validate on 1M rows <= 2.0x DuckDB with peak RSS <= 1 GiB; build of all bulletins in both languages from 100k rows
 * in <= 15 s (absolute; the DuckDB build figure is a reference point only); a second query on the
 * same file <= 0.3x DuckDB (the `-warm` cases: the validated cache is primed by one untimed run).
 * Issue 16 (group `speed`): a cold build (--no-cache) of the bundled samples and of 100k survey rows
 * (+ the bundled assistance records) <= 0.5x the build of commit 8369c77, peak RSS of the 100k
 * build <= 1 GiB, an unchanged rebuild (same inputs, options and --out, cache on) <= 0.15x the cold
 * build; each with every output of the default contract, and outputs byte-identical across runs
 * and to an in-process build (BULLETIN_WORKERS=0, one untimed run).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data-samples');

const GiB = 1024;

const ASSISTANCE = join(SAMPLES, 'assistance.csv');

export function benchCases(data, work, reference) {
  const out = (name) => join(work, name);
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
      target: { ratio: 2, peakRssMiB: GiB },
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
      target: { ratio: 1.0 },
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
    {
      id: 'build-samples-vs-8369c77',
      command: 'build',
      group: 'speed',
      display: `bulletin build (bundled samples) --no-cache, against the same build of ${reference.commit}`,
      tool: (rep) => ['build', '--out', out(`speed-samples-${rep}`), '--no-cache'],
      outDir: (rep) => out(`speed-samples-${rep}`),
      reference: { name: `bulletin ${reference.commit}`, app: 'reference', args: (rep) => ['build', '--out', out(`speed-samples-ref-${rep}`), '--no-cache'], outDir: (rep) => out(`speed-samples-ref-${rep}`) },
      expect: [0],
      target: { ratio: 0.5 },
      inspect: 'build',
      identity: true,
    },
    {
      id: 'build-100k-vs-8369c77',
      command: 'build',
      group: 'speed',
      display: `bulletin build --survey survey-100k.csv --assistance data-samples/assistance.csv --no-cache, against the same build of ${reference.commit}`,
      tool: (rep) => ['build', '--survey', data.survey100k, '--assistance', ASSISTANCE, '--out', out(`speed-100k-${rep}`), '--no-cache'],
      outDir: (rep) => out(`speed-100k-${rep}`),
      reference: {
        name: `bulletin ${reference.commit}`,
        app: 'reference',
        args: (rep) => ['build', '--survey', data.survey100k, '--assistance', ASSISTANCE, '--out', out(`speed-100k-ref-${rep}`), '--no-cache'],
        outDir: (rep) => out(`speed-100k-ref-${rep}`),
      },
      expect: [0],
      target: { ratio: 0.5, peakRssMiB: GiB },
      inspect: 'build',
      identity: true,
    },
    {
      id: 'rebuild-samples-unchanged',
      command: 'build',
      group: 'speed',
      display: 'bulletin build (bundled samples), the same inputs, options and --out again (cache primed by one untimed run), against the cold build (--no-cache)',
      tool: () => ['build', '--out', out('speed-rebuild')],
      // The same --out every time, kept between the runs (removed at the end).
      outDir: () => out('speed-rebuild'),
      keepOut: true,
      prime: true,
      reference: { name: 'cold build (--no-cache) of this commit', app: 'current', args: (rep) => ['build', '--out', out(`speed-rebuild-cold-${rep}`), '--no-cache'], outDir: (rep) => out(`speed-rebuild-cold-${rep}`) },
      expect: [0],
      target: { ratio: 0.15 },
      inspect: 'build',
      identity: true,
    },
  ];
  return cases;
}
