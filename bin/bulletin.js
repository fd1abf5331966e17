#!/usr/bin/env node
// The only place that exits: runs the CLI and turns its result into an exit code.
import { main } from '../dist/cli/main.js';

// A reader that stops early (`bulletin query … | head`) closes the pipe: stop quietly, as
// command-line tools do, instead of printing Node's unhandled 'error' event with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.exitCode = 3;
  });
}

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
