/**
 * Runs render jobs on worker threads, one per core (at most `size`), each loading vega, resvg,
 * pdfkit and the fonts once. The order of results is the order of the jobs, whatever finished
 * first, so outputs do not depend on timing. From TypeScript sources (tests) the workers cannot
 * load the .ts module, and the jobs run in the calling thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BulletinError, type ExitCode } from '../errors.js';
import { renderJob, type JobFile, type RenderJob } from './render-job.js';

export interface PoolOptions {
  /** Number of workers; 0 runs every job in this thread. Default: the cores, at most 4. */
  size?: number;
  /** Called when a job starts (for progress). */
  onStart?: (index: number) => void;
}

const WORKER_URL = new URL('./render-worker.js', import.meta.url);

export function defaultPoolSize(jobs: number, env: Record<string, string | undefined>): number {
  const asked = env.BULLETIN_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), jobs);
  if (import.meta.url.endsWith('.ts') || jobs < 2) return 0;
  return Math.min(availableParallelism(), 4, jobs);
}

export async function runJobs(jobs: readonly RenderJob[], opts: PoolOptions = {}): Promise<JobFile[][]> {
  const size = import.meta.url.endsWith('.ts') ? 0 : (opts.size ?? 0);
  const results: JobFile[][] = new Array<JobFile[]>(jobs.length);
  if (size === 0) {
    for (let i = 0; i < jobs.length; i++) {
      opts.onStart?.(i);
      results[i] = await renderJob(jobs[i]!);
    }
    return results;
  }
  const workers = Array.from({ length: size }, () => new Worker(WORKER_URL));
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (w) => {
        while (next < jobs.length) {
          const i = next++;
          opts.onStart?.(i);
          results[i] = await post(w, i, jobs[i]!);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function post(w: Worker, id: number, job: RenderJob): Promise<JobFile[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { id: number; files?: JobFile[]; error?: { message: string; stack?: string; code?: string; exitCode?: ExitCode } }) => {
      if (m.id !== id) return;
      w.off('message', onMessage);
      w.off('error', onError);
      if (m.error) {
        // A typed error keeps its code and exit code across the thread boundary.
        const e = m.error.code && m.error.exitCode !== undefined ? new BulletinError(m.error.code, m.error.message, m.error.exitCode) : new Error(m.error.message);
        if (m.error.stack) e.stack = m.error.stack;
        reject(e);
      } else resolve(m.files ?? []);
    };
    const onError = (e: Error) => {
      w.off('message', onMessage);
      reject(e);
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.postMessage({ id, job });
  });
}
