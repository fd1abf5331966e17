#!/usr/bin/env node
// The only place that exits: runs the CLI and turns its result into an exit code.
// It runs the esbuild bundle (dist/bundle/, scripts/bundle.mjs, written by `npm run build:ts`).
import { main } from '../dist/bundle/main.js';
import { runSignalCleanups } from '../dist/bundle/cleanup.js';

// A reader that stops early (`bulletin query … | head`) closes the pipe: stop quietly, as
// command-line tools do, instead of printing Node's unhandled 'error' event with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.exitCode = 3;
  });
}

// Stopped by SIGTERM, SIGINT or SIGHUP: remove the temporary files and directories being written
// (a previous output caught mid-swap is put back), then let the signal end the process as usual.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.once(signal, () => {
    runSignalCleanups();
    process.kill(process.pid, signal);
  });
}

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
