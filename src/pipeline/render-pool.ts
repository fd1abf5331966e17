/**
 * Runs render jobs on worker threads (`size`), each loading vega, resvg, pdfkit and the fonts
 * once, and, by default, in this thread too once every job is queued (defaultPoolSize). The pool
 * is started before the data are read, so that the workers load their modules and fonts while the
 * main thread validates; jobs are then queued one by one as their inputs become ready and go to
 * the first free thread. Each job's result comes back
 * through its own promise, so what the caller makes of the results does not depend on which
 * finished first. From TypeScript sources (tests) the workers cannot load the .ts module, and the
 * jobs run in the calling thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BulletinError, type ExitCode } from '../errors.js';
import { CODE, codeModuleUrl } from '../package-root.js';
import { renderJob, type JobFile, type RenderJob } from './render-job.js';
import { collectIfGrown } from './full-gc.js';
import type { WorkerReply, WorkerRequest } from './render-worker.js';

const WORKER_URL = codeModuleUrl('pipeline/render-worker');
const FROM_SOURCES = CODE.ext === '.ts';

/** How many worker threads draw, and whether this thread draws too once every job is queued. */
export interface PoolSize {
  workers: number;
  here: boolean;
}

/**
 * Threads for `jobs` jobs: BULLETIN_WORKERS workers if set (0 = everything in this thread); else
 * one thread per core the process may use (`os.availableParallelism()`, so a CI runner with 8
 * cores uses 8), never more than the jobs, and this thread is one of them: it reads and validates
 * the data while the workers start, then draws as well. One isolate fewer than one worker per core
 * saves its memory (≈ 300 MiB on 100k rows) and its start-up and compilation time.
 */
export function defaultPoolSize(jobs: number, env: Record<string, string | undefined>): PoolSize {
  const asked = env.BULLETIN_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return { workers: Math.min(Number(asked), jobs), here: false };
  if (FROM_SOURCES || jobs < 2) return { workers: 0, here: false };
  const threads = Math.min(availableParallelism(), jobs);
  return { workers: threads - 1, here: threads > 1 };
}

interface Slot {
  worker: Worker;
  /** The ids of the jobs sent to the worker, in order: it runs the first, then the next. */
  inFlight: number[];
}

interface Queued {
  id: number;
  job: RenderJob;
  onStart: (() => void) | undefined;
  resolve: (files: JobFile[]) => void;
  reject: (e: Error) => void;
}

/** The error of a job dropped by `cancel()` before it started. */
class CancelledError extends Error {}

export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError;
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly pending = new Map<number, Queued>();
  private nextId = 0;
  /** Jobs run one after the other in this thread when there are no workers. */
  private inThread: Promise<unknown> = Promise.resolve();
  private failure: Error | undefined;
  private cancelled = false;

  private readonly size0: number;
  /** This thread takes jobs from the queue too, once `allQueued()` was called. */
  private readonly here: boolean;
  private sealed = false;
  private hereBusy = false;

  /**
   * Starts `size` workers (0: jobs run in this thread), each loading its modules and fonts at once;
   * with `lazy`, only when the first job is queued (a rebuild whose drawings are all in the render
   * cache then starts none). With `here`, this thread draws queued jobs as well, but only once
   * every job is queued (`allQueued()`), so that it never delays the inputs the workers wait for.
   */
  constructor(size: number | PoolSize, opts: { lazy?: boolean } = {}) {
    const { workers, here } = typeof size === 'number' ? { workers: size, here: false } : size;
    this.size0 = FROM_SOURCES ? 0 : workers;
    this.here = here && this.size0 > 0;
    if (!opts.lazy) this.start();
  }

  /** Every job has been queued: a pool that draws here too may start taking them. */
  allQueued(): void {
    this.sealed = true;
    this.dispatch();
  }

  private started = false;

  /** Starts the workers now (a lazy pool that will probably get jobs): they load and warm up meanwhile. */
  warm(): void {
    this.start();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.size0; i++) {
      const worker = new Worker(WORKER_URL);
      const slot: Slot = { worker, inFlight: [] };
      worker.on('message', (m: WorkerReply) => this.onReply(slot, m));
      worker.on('error', (e: Error) => this.fail(e));
      worker.postMessage({ warm: true } satisfies WorkerRequest);
      this.slots.push(slot);
    }
  }

  /** Worker threads (this thread not counted). */
  get size(): number {
    return this.size0;
  }

  /** Queues a job; `onStart` is called when a thread takes it. */
  run(job: RenderJob, onStart?: () => void): Promise<JobFile[]> {
    this.start();
    if (this.slots.length === 0) {
      const done = this.inThread.then(() => {
        if (this.cancelled) throw new CancelledError('cancelled');
        onStart?.();
        return renderJob(job);
      });
      this.inThread = done.catch(() => undefined);
      return done;
    }
    return new Promise<JobFile[]>((resolve, reject) => {
      if (this.failure ?? this.cancelled) {
        reject(this.failure ?? new CancelledError('cancelled'));
        return;
      }
      this.queue.push({ id: this.nextId++, job, onStart, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * A free worker gets the next job. Until every job is queued, a busy worker also gets its next
   * job in advance (while there is one for each worker), so that it starts it the moment it
   * finishes the first: meanwhile this thread computes the instruments' results, tasks of seconds
   * between which it cannot hand a worker its next job, and a worker waiting for it sat idle.
   * Once every job is queued this thread answers a worker at once (or, drawing, between two
   * figures): no job is sent ahead then, so that none waits behind another while a thread is free
   * at the end.
   */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.inFlight.length > 0) continue;
      const q = this.queue.shift();
      if (!q) break;
      this.send(slot, q);
      q.onStart?.();
    }
    for (const slot of this.slots) {
      if (this.sealed || this.queue.length < this.slots.length) break;
      if (slot.inFlight.length === 1) this.send(slot, this.queue.shift()!);
    }
    if (this.here && this.sealed && !this.hereBusy && this.queue.length > 0) this.drawHere();
  }

  private send(slot: Slot, q: Queued): void {
    slot.inFlight.push(q.id);
    this.pending.set(q.id, q);
    slot.worker.postMessage({ id: q.id, job: q.job } satisfies WorkerRequest);
  }

  /** Draws the next queued job in this thread (after the current task, so that finished files are written first). */
  private drawHere(): void {
    this.hereBusy = true;
    setImmediate(() => {
      const q = this.cancelled || this.failure ? undefined : this.queue.shift();
      if (!q) {
        this.hereBusy = false;
        return;
      }
      q.onStart?.();
      collectIfGrown();
      renderJob(q.job)
        .then(q.resolve, q.reject)
        .finally(() => {
          this.hereBusy = false;
          this.dispatch();
        });
    });
  }

  private onReply(slot: Slot, m: WorkerReply): void {
    slot.inFlight = slot.inFlight.filter((id) => id !== m.id);
    // the job sent in advance starts now
    const next = slot.inFlight[0];
    if (next !== undefined) this.pending.get(next)?.onStart?.();
    const q = this.pending.get(m.id);
    if (!q) {
      this.dispatch();
      return;
    }
    this.pending.delete(m.id);
    if (m.error) {
      // A typed error keeps its code and exit code across the thread boundary.
      const e = m.error.code && m.error.exitCode !== undefined ? new BulletinError(m.error.code, m.error.message, m.error.exitCode as ExitCode) : new Error(m.error.message);
      if (m.error.stack) e.stack = m.error.stack;
      q.reject(e);
    } else q.resolve(m.files ?? []);
    this.dispatch();
  }

  /** A worker died: every job not yet finished fails with its error. */
  private fail(e: Error): void {
    this.failure ??= e;
    for (const q of [...this.pending.values(), ...this.queue]) q.reject(e);
    this.pending.clear();
    this.queue.length = 0;
  }

  /**
   * Drops the jobs not yet started (they fail with a cancelled error), and any queued later. A job
   * sent to a worker in advance fails at once too (the worker's answer, should it come, is ignored).
   */
  cancel(): void {
    this.cancelled = true;
    const dropped = this.queue.splice(0);
    for (const slot of this.slots)
      for (const id of slot.inFlight.slice(1)) {
        const q = this.pending.get(id);
        if (!q) continue;
        this.pending.delete(id);
        dropped.push(q);
      }
    for (const q of dropped) q.reject(new CancelledError('cancelled'));
  }

  /** Stops the workers (jobs still queued are dropped). */
  async close(): Promise<void> {
    this.cancel();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
