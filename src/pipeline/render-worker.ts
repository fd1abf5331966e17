/** Worker thread of the render pool: runs render jobs sent by the main thread (render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { isBulletinError } from '../errors.js';
import { renderJob, warmUp, type JobFile, type RenderJob } from './render-job.js';

/** `warm`: load the modules and fonts now, before the first job arrives. */
export type WorkerRequest = { warm: true } | { id: number; job: RenderJob };

export interface WorkerReply {
  id: number;
  files?: JobFile[];
  error?: { message: string; stack?: string | undefined; code?: string; exitCode?: number };
}

const reply = (m: WorkerReply) => parentPort?.postMessage(m);

/**
 * Everything this thread does, one after the other: a chart is drawn with module-level state of
 * vega (SVG clip and gradient ids), so two drawings must never interleave — not even the warm-up
 * and the first job.
 */
let last: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (msg: WorkerRequest) => {
  if ('warm' in msg) {
    // Nothing to report: a failure here happens again, and is reported, with the first job.
    last = last.then(warmUp).catch(() => undefined);
    return;
  }
  const done = last.then(() => renderJob(msg.job));
  last = done.catch(() => undefined);
  done.then(
    (files) => reply({ id: msg.id, files }),
    (e: unknown) =>
      reply({
        id: msg.id,
        error: isBulletinError(e)
          ? { message: e.message, stack: e.stack, code: e.code, exitCode: e.exitCode }
          : { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined },
      }),
  );
});
