#!/usr/bin/env node
/**
 * npm run bench [-- --reps N --quick --only validate|query|build|speed|CASE-ID --out FILE --keep]
 *
 * Times `bulletin validate`, `bulletin query --by country,sex --stat share` and `bulletin build`
 * on canonical survey rows made by `bulletin sample` (100k, and 1M unless --quick; plus a 1M-row
 * file with 1% bad rows), alternating each run with a DuckDB reference doing the same reading and
 * aggregation (scripts/bench/duckdb-sql.mjs says exactly what). Each run is its own process, cold.
 * The `speed` cases (issue 16) time `bulletin build` against the build of commit 8369c77, compiled
 * in the run's own directory (bench/reference.mjs), and an unchanged rebuild against a cold build,
 * alternating the same way, and check that the outputs are byte-identical across runs and to an
 * in-process build. Prints medians (wall and CPU time), peak RSS and ratios, and writes them with
 * machine information as JSON (bench-results/latest.json). Commands that are still placeholders are
 * reported, not timed.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, readdirSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from './bench/args.mjs';
import { benchCases } from './bench/cases.mjs';
import { prepareData, SEED } from './bench/datasets.mjs';
import { duckdbSpec } from './bench/duckdb-spec.mjs';
import { ensureDist } from './bench/dist.mjs';
import { snapshotPackage } from './bench/snapshot.mjs';
import { inspectBuild, inspectQuery, inspectValidate, inspectValidateText } from './bench/inspect.mjs';
import { cpuMethod, measure, rssMethod } from './bench/measure.mjs';
import { prepareReference, REFERENCE_COMMIT } from './bench/reference.mjs';
import { treeDigest } from './bench/digest.mjs';
import { describeExit, isNotImplemented } from './bench/outcome.mjs';
import { table, verdict } from './bench/report.mjs';
import { max, median, round } from './bench/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2));
const distNote = ensureDist(root);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const work = mkdtempSync(join(os.tmpdir(), 'bulletin-bench-run-'));
const logs = join(work, 'logs');
mkdirSync(logs);
const app = snapshotPackage(root, work);

// The survey declaration, country and currency lists for the DuckDB validate reference.
const specFile = join(work, 'duckdb-spec.json');
writeFileSync(specFile, JSON.stringify(await duckdbSpec((p) => import(pathToFileURL(join(app, 'dist', `${p}.js`)).href))));

const selected = (c) => (opts.only.length === 0 || opts.only.includes(c.command) || opts.only.includes(c.group) || opts.only.includes(c.id)) && !(opts.quick && c.big);
// Which cases run decides which data are made: the 1M-row files only for a selected case that reads them.
const chosen = benchCases({}, work, { commit: REFERENCE_COMMIT }).filter(selected);
if (chosen.length === 0) throw new Error(`--only ${opts.only.join(',')} selects no case`);
const data = await prepareData(app, pkg.version, { ...opts, quick: opts.quick || !chosen.some((c) => c.big) });
const cases = benchCases(data, work, { commit: REFERENCE_COMMIT }).filter(selected);
// The earlier commit the speed cases compare with, compiled only when a selected case needs it.
const reference = cases.some((c) => c.reference?.app === 'reference') ? prepareReference(root, work) : null;
const appOf = (c) => (c.reference?.app === 'reference' ? reference.dir : app);

const results = cases.map((c) => ({
  id: c.id,
  command: c.display,
  status: 'pending',
  exitCodes: [],
  reference: c.reference ? c.reference.name : 'DuckDB',
  tool: { seconds: [], cpuSeconds: [], peakRssMiBRuns: [] },
  duckdb: { seconds: [], cpuSeconds: [], peakRssMiBRuns: [] },
  target: c.target,
  note: null,
}));

const headOf = (file) => {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
};

// The validated cache of query/build lives in the run's own directory, never in the user's.
const toolEnv = { BULLETIN_CACHE_DIR: join(work, 'cache') };

const runTool = async (c, r, rep) => {
  if (c.prime && rep === 0) {
    await measure([process.execPath, 'bin/bulletin.js', ...c.tool(rep)], { cwd: app, outDir: logs, name: `${c.id}-prime`, env: toolEnv });
    r.cacheFilesAfterPrime = existsSync(toolEnv.BULLETIN_CACHE_DIR) ? readdirSync(toolEnv.BULLETIN_CACHE_DIR, { recursive: true }).length : 0;
  }
  const run = await measure([process.execPath, 'bin/bulletin.js', ...c.tool(rep)], { cwd: app, outDir: logs, name: `${c.id}-tool-${rep}`, env: toolEnv });
  const stderr = readFileSync(run.stderrFile, 'utf8');
  r.exitCodes.push(run.signal ? run.signal : run.code);
  if (isNotImplemented(run.code, stderr + headOf(run.stdoutFile))) {
    r.status = 'not implemented';
    return;
  }
  if (run.signal || !c.expect.includes(run.code)) {
    // 1 where 0 was expected is still a timed run of real work; anything else is a failure.
    const acceptable = run.code === 0 || run.code === 1;
    const said = (stderr.trim() || headOf(run.stdoutFile).trim()).split('\n').slice(0, 5).join(' | ').slice(0, 600);
    r.note = `${describeExit(run.code, run.signal)} (expected ${c.expect.join('/')}): ${said}`;
    if (!acceptable) {
      r.status = 'failed';
      return;
    }
  }
  r.status = 'ok';
  r.tool.seconds.push(run.seconds);
  r.tool.cpuSeconds.push(run.cpuSeconds);
  r.tool.peakRssMiBRuns.push(run.peakRssMiB);
  if (c.identity) {
    r.identity ??= { runs: [], inProcess: null };
    r.identity.runs.push(treeDigest(c.outDir(rep)));
    if (rep === 0) r.identity.inProcess = await inProcessDigest(c);
  }
  if (rep === 0) {
    const refOut = join(logs, `${c.id}-duckdb-0.stdout`);
    if (c.inspect === 'truncation') r.inspection = inspectValidateText(run.stdoutFile, run.stderrFile, refOut);
    else if (c.command === 'validate') r.inspection = inspectValidate(run.stdoutFile, refOut);
    if (c.inspect === 'query') r.inspection = inspectQuery(run.stdoutFile, refOut);
    if (c.inspect === 'build') r.inspection = inspectBuild(c.outDir(rep));
  }
  if (c.outDir && !opts.keep && !c.keepOut) rmSync(c.outDir(rep), { recursive: true, force: true });
};

// One untimed build in the main thread (BULLETIN_WORKERS=0, --no-cache): what the timed builds must have written, byte for byte.
const inProcessDigest = async (c) => {
  const dir = join(work, `${c.id}-in-process`);
  const argv = c.tool(0).map((a, i, all) => (all[i - 1] === '--out' ? dir : a));
  if (!argv.includes('--no-cache')) argv.push('--no-cache');
  process.stderr.write(`bench: ${c.id} in-process build (untimed, for the byte comparison)\n`);
  const run = await measure([process.execPath, 'bin/bulletin.js', ...argv], { cwd: app, outDir: logs, name: `${c.id}-in-process`, env: { ...toolEnv, BULLETIN_WORKERS: '0' } });
  const digest = run.code === 0 ? treeDigest(dir) : null;
  rmSync(dir, { recursive: true, force: true });
  return digest;
};

const runRef = async (c, r, rep) => {
  if (c.reference) {
    const run = await measure([process.execPath, 'bin/bulletin.js', ...c.reference.args(rep)], { cwd: appOf(c), outDir: logs, name: `${c.id}-ref-${rep}`, env: toolEnv });
    if (c.reference.outDir && !opts.keep) rmSync(c.reference.outDir(rep), { recursive: true, force: true });
    if (run.code !== 0) {
      r.duckdbError = `${c.reference.name}: ${describeExit(run.code, run.signal)}: ${readFileSync(run.stderrFile, 'utf8').slice(0, 600)}`;
      return;
    }
    r.duckdb.seconds.push(run.seconds);
    r.duckdb.cpuSeconds.push(run.cpuSeconds);
    r.duckdb.peakRssMiBRuns.push(run.peakRssMiB);
    return;
  }
  const run = await measure([process.execPath, 'scripts/bench/duckdb-ref.mjs', ...c.ref, specFile], { cwd: root, outDir: logs, name: `${c.id}-duckdb-${rep}` });
  if (run.code !== 0) {
    r.duckdbError = readFileSync(run.stderrFile, 'utf8').slice(0, 600);
    return;
  }
  r.duckdb.seconds.push(run.seconds);
  r.duckdb.cpuSeconds.push(run.cpuSeconds);
  r.duckdb.peakRssMiBRuns.push(run.peakRssMiB);
};

const loadSamples = [];
for (let rep = 0; rep < opts.reps; rep++) {
  for (const [i, c] of cases.entries()) {
    const r = results[i];
    loadSamples.push(os.loadavg()[0]);
    const toolFirst = rep % 2 === 1; // the reference first on the first repetition, so tool's inspection can compare with it
    const steps = toolFirst ? [runTool, runRef] : [runRef, runTool];
    for (const step of steps) {
      if (step === runTool && (r.status === 'not implemented' || r.status === 'failed')) continue;
      process.stderr.write(`bench: ${c.id} ${step === runTool ? 'bulletin' : r.reference} rep ${rep + 1}/${opts.reps}\n`);
      await step(c, r, rep);
    }
  }
}

for (const r of results) {
  for (const side of [r.tool, r.duckdb]) {
    side.medianSeconds = round(median(side.seconds), 3);
    side.medianCpuSeconds = round(median(side.cpuSeconds), 2);
    side.peakRssMiB = round(max(side.peakRssMiBRuns), 1);
    side.seconds = side.seconds.map((s) => round(s, 3));
    side.cpuSeconds = side.cpuSeconds.map((s) => round(s, 2));
    side.peakRssMiBRuns = side.peakRssMiBRuns.map((m) => round(m, 1));
  }
  r.ratio = r.status === 'ok' && r.tool.medianSeconds && r.duckdb.medianSeconds ? round(r.tool.medianSeconds / r.duckdb.medianSeconds, 2) : null;
  r.cpuRatio = r.status === 'ok' && r.tool.medianCpuSeconds && r.duckdb.medianCpuSeconds ? round(r.tool.medianCpuSeconds / r.duckdb.medianCpuSeconds, 2) : null;
  if (r.identity) {
    const [first, ...rest] = r.identity.runs;
    r.identity.acrossRuns = Boolean(first) && rest.every((d) => d?.sha256 === first.sha256);
    r.identity.sameAsInProcess = Boolean(first && r.identity.inProcess) && first.sha256 === r.identity.inProcess.sha256;
  }
  r.pass = verdict(r);
}

let duckdbVersion = null;
try {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  duckdbVersion = (await con.runAndReadAll('SELECT version() AS v')).getRowObjects()[0].v;
} catch {
  duckdbVersion = null;
}

const cpus = os.cpus();
const doc = {
  tool: { name: 'bulletin', version: pkg.version, commit: git('rev-parse', '--short', 'HEAD'), dirty: Boolean(git('status', '--porcelain', '--', 'src')) },
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
    // Other work on the machine during the run: the 1-minute load average sampled before each case.
    loadAverage1m: { min: round(Math.min(...loadSamples), 1), median: round(median(loadSamples), 1), max: round(max(loadSamples), 1) },
  },
  duckdb: { version: duckdbVersion, package: `@duckdb/node-api ${pkg.devDependencies?.['@duckdb/node-api'] ?? '?'}`, threads: 'default (all cores)' },
  method: {
    reps: opts.reps,
    alternation: 'each repetition runs bulletin and DuckDB back to back, DuckDB first on odd repetitions',
    code: 'bulletin runs from a private copy of the package taken after compiling (dist/ is shared with other work)',
    process:
      'every run is a fresh Node process; cold = no warm-up and --no-cache (query, build); -warm = validated cache primed by one untimed run; input files are in the page cache',
    wallTime: 'spawn to exit, measured by the parent',
    cpuTime: cpuMethod,
    peakRss: rssMethod,
    reference: reference ? { commit: reference.commit, how: 'git archive of the commit, compiled with this repository\'s tsc, node_modules linked', note: reference.note } : null,
    duckdbReference: 'scripts/bench/duckdb-sql.mjs (the comment at the top says exactly what each case reads and checks)',
    buildTarget: 'absolute (<= 15 s); the DuckDB build figure is a reference point only',
    note: distNote,
  },
  data: {
    seed: SEED,
    sets: Object.fromEntries(
      Object.entries(data.sets).map(([k, s]) => [
        k,
        { generator: s.generator, rows: s.rows, surveyBytes: s.surveyBytes, generationSeconds: round(s.seconds, 1), generationPeakRssMiB: round(s.peakRssMiB, 1), note: s.note },
      ]),
    ),
    bad: data.bad ?? null,
  },
  options: { quick: opts.quick, only: opts.only },
  cases: results,
};

console.log(
  `\nbulletin ${pkg.version} (${doc.tool.commit ?? '?'}) vs DuckDB ${duckdbVersion ?? '?'} · node ${process.version} · ${cpus.length} CPUs · ${opts.reps} reps · load average ${doc.machine.loadAverage1m.median} (median of 1-min samples)\n`,
);
console.log(table(results));
for (const r of results) {
  if (r.note) console.log(`\n${r.id}: ${r.note}`);
  if (r.duckdbError) console.log(`\n${r.id}: ${r.reference} failed: ${r.duckdbError}`);
  if (r.identity) {
    console.log(`\n${r.id}: outputs byte-identical across runs: ${r.identity.acrossRuns ? 'yes' : 'NO'}; to an in-process build: ${r.identity.sameAsInProcess ? 'yes' : 'NO'} (${r.identity.runs[0]?.files ?? '?'} files)`);
  }
  if (r.inspection && r.id.includes('bad')) {
    const i = r.inspection;
    console.log(`\n${r.id}: ${i.errorsCounted ?? '?'} errors counted; summary says truncated: ${i.summaryMentionsTruncation ? 'yes' : 'no'}`);
    for (const l of i.summaryLines) console.log(`  ${l}`);
  }
}
for (const s of Object.values(data.sets)) if (s.note) console.log(`\nnote: ${s.note}`);

const outFile = resolve(root, opts.out);
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(doc, null, 2).replaceAll(work, '<work>').replaceAll(os.tmpdir(), '<tmp>').replaceAll(root, '.');
writeFileSync(outFile, `${json}\n`);
console.log(`\nwritten: ${opts.out}`);
if (!opts.keep) rmSync(work, { recursive: true, force: true });
