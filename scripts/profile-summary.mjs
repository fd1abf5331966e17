#!/usr/bin/env node
// Where a build's CPU goes: reads the .cpuprofile files of every thread (`node --cpu-prof
// --cpu-prof-dir DIR bin/bulletin.js build …` writes one per thread: the main thread and each
// render worker) and prints, per thread and in all, the self time of each stage of the pipeline.
//
//   node scripts/profile-summary.mjs DIR [--json]
//
// A sample counts for the first stage (scripts/bench/profile.mjs) that matches its own function's script, or,
// for native and WebAssembly frames (resvg, HiGHS), the nearest caller in a script that matches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseProfile } from './bench/profile.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/profile-summary.mjs DIR [--json]');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
const threads = files.map((f) => ({ file: f, stages: summariseProfile(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
const total = new Map();
for (const t of threads) for (const [s, v] of t.stages) total.set(s, (total.get(s) ?? 0) + v);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ threads: threads.map((t) => ({ file: t.file, stages: Object.fromEntries(t.stages) })), total: Object.fromEntries(total) }, null, 2));
} else {
  const busy = [...total].filter(([s]) => s !== 'idle').reduce((a, [, v]) => a + v, 0);
  const cols = threads.map((t, i) => `thread ${i}`);
  console.log(['stage'.padEnd(34), ...cols.map((c) => c.padStart(9)), 'all s'.padStart(8), 'share'.padStart(6)].join(' '));
  for (const [s, v] of [...total].sort((a, b) => b[1] - a[1])) {
    const row = threads.map((t) => (t.stages.get(s) ?? 0).toFixed(2).padStart(9));
    const share = s === 'idle' ? '' : `${((100 * v) / busy).toFixed(0)} %`;
    console.log([s.padEnd(34), ...row, v.toFixed(2).padStart(8), share.padStart(6)].join(' '));
  }
  console.log(`busy (all but idle): ${busy.toFixed(1)} s over ${threads.length} thread(s)`);
}
