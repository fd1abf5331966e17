/**
 * The bench's input files: canonical survey rows made by `bulletin sample --seed 7` (100k rows with
 * their assistance records for build; 1M survey rows), and a 1M-row copy with 1% bad rows. They are
 * cached under the system temp directory, keyed by rows, seed, tool version and a hash of the
 * compiled generator and schema, so reruns skip the generation.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corrupt } from './corrupt.mjs';
import { measure } from './measure.mjs';

export const SEED = 7;

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

function generatorHash(root) {
  const h = createHash('sha256');
  const files = [...filesUnder(join(root, 'dist/sample')), ...filesUnder(join(root, 'dist/schema')), join(root, 'dist/cli/run/sample.js')]
    .filter((f) => existsSync(f))
    .sort();
  for (const f of files) h.update(relative(root, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

function find(dir, kind) {
  const hit = readdirSync(dir).filter((f) => f.endsWith('.csv') && f.includes(kind)).sort()[0];
  return hit ? join(dir, hit) : null;
}

async function generate(root, version, kind, rows) {
  const cacheRoot = join(tmpdir(), 'bulletin-bench-cache');
  const dir = join(cacheRoot, `v${version}-${generatorHash(root)}-${kind}-${rows}-s${SEED}`);
  const done = join(dir, 'done.json');
  if (existsSync(done)) return { dir, ...JSON.parse(readFileSync(done, 'utf8')), cached: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.error(`bench: generating ${rows} ${kind} rows (seed ${SEED})…`);
  const argv = [process.execPath, 'bin/bulletin.js', 'sample', '--kind', kind, '--rows', String(rows), '--seed', String(SEED), '--out', dir];
  const logs = join(cacheRoot, 'logs');
  mkdirSync(logs, { recursive: true });
  const run = await measure(argv, { cwd: root, outDir: logs, name: `sample-${kind}-${rows}` });
  const generator = 'bulletin sample';
  const note = null;
  if (run.code !== 0) {
    throw new Error(`bulletin sample exited ${run.code}:\n${readFileSync(run.stderrFile, 'utf8').slice(0, 2000)}`);
  }
  const survey = find(dir, 'survey');
  const assistance = find(dir, 'assistance');
  if (!survey) throw new Error(`no survey CSV among the files written to the sample directory: ${readdirSync(dir).join(', ')}`);
  const info = {
    generator,
    note,
    rows,
    seconds: generator === 'bulletin sample' ? run.seconds : null,
    peakRssMiB: generator === 'bulletin sample' ? run.peakRssMiB : null,
    survey: relative(dir, survey),
    assistance: assistance ? relative(dir, assistance) : null,
    surveyBytes: statSync(survey).size,
  };
  writeFileSync(done, JSON.stringify(info, null, 2));
  return { dir, ...info, cached: false };
}

async function damaged(set) {
  const path = join(set.dir, 'survey-bad-1pct.csv');
  const done = join(set.dir, 'bad.json');
  if (existsSync(done)) return { path, ...JSON.parse(readFileSync(done, 'utf8')) };
  console.error('bench: writing the 1M-row file with 1% bad rows…');
  const info = await corrupt(join(set.dir, set.survey), path);
  writeFileSync(done, JSON.stringify(info));
  return { path, ...info };
}

export async function prepareData(root, version, { quick }) {
  const small = await generate(root, version, 'all', 100_000);
  const data = {
    survey100k: join(small.dir, small.survey),
    assistance100k: small.assistance ? join(small.dir, small.assistance) : null,
    sets: { '100k': small },
  };
  if (!quick) {
    const big = await generate(root, version, 'survey', 1_000_000);
    data.survey1m = join(big.dir, big.survey);
    const bad = await damaged(big);
    data.bad1m = bad.path;
    data.sets['1m'] = big;
    data.bad = { rows: bad.rows, damagedRows: bad.damagedRows, errorsPlanted: bad.errorsPlanted };
  }
  return data;
}
