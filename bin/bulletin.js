#!/usr/bin/env node
// The only place that exits: runs the CLI and turns its result into an exit code.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
