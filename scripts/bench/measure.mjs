/**
 * Runs one child process and measures its wall time, CPU time and peak resident set size.
 * With GNU time (/usr/bin/time -f '%U %S %M') the CPU time is the child's user + system time (all
 * its threads, so the render workers too) and the peak RSS is what the kernel reports for the
 * child at exit (ru_maxrss: the whole process, worker threads included); without it, the CPU time
 * is not known and /proc/<pid>/status VmHWM is polled every 10 ms (may miss a final spike).
 * stdout and stderr go to files, so the parent holds none of the output in memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = ['/usr/bin/time'].find((p) => existsSync(p)) ?? null;

export const cpuMethod = GNU_TIME ? 'GNU time %U + %S (user + system time of the child process, all its threads)' : null;

export const rssMethod = GNU_TIME ? 'GNU time %M (ru_maxrss of the child process, its worker threads included)' : '/proc/<pid>/status VmHWM polled every 10 ms';

function readHwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * @param {string[]} argv  command and arguments (argv[0] is the program, e.g. process.execPath)
 * @param {{cwd: string, outDir: string, name: string, env?: object}} o
 * @returns {Promise<{code: number|null, signal: string|null, seconds: number, cpuSeconds: number|null, peakRssMiB: number|null, stdoutFile: string, stderrFile: string}>}
 */
export function measure(argv, o) {
  const stdoutFile = join(o.outDir, `${o.name}.stdout`);
  const stderrFile = join(o.outDir, `${o.name}.stderr`);
  const timeFile = join(o.outDir, `${o.name}.time`);
  rmSync(timeFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const [cmd, ...args] = GNU_TIME ? [GNU_TIME, '-f', '%U %S %M', '-o', timeFile, ...argv] : argv;
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: o.cwd, stdio: ['ignore', out, err], env: { ...process.env, CI: 'true', NO_COLOR: '1', ...o.env } });
  let hwm = null;
  const poll = GNU_TIME
    ? null
    : setInterval(() => {
        const v = readHwmKiB(child.pid);
        if (v !== null) hwm = Math.max(hwm ?? 0, v);
      }, 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      closeSync(out);
      closeSync(err);
      let kib = hwm;
      let cpuSeconds = null;
      if (GNU_TIME && existsSync(timeFile)) {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [user, sys, rss] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
        if (Number.isFinite(rss)) kib = rss;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = user + sys;
        // GNU time reports "Command exited with non-zero status N" on the first line; the code is the child's.
      }
      resolve({ code, signal, seconds, cpuSeconds, peakRssMiB: kib === null ? null : kib / 1024, stdoutFile, stderrFile });
    });
  });
}
