/** Worker thread of the render pool: runs render jobs sent by the main thread (render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { isBulletinError } from '../errors.js';
import { renderJob, type RenderJob } from './render-job.js';

parentPort?.on('message', (msg: { id: number; job: RenderJob }) => {
  renderJob(msg.job).then(
    (files) => parentPort?.postMessage({ id: msg.id, files }),
    (e: unknown) =>
      parentPort?.postMessage({
        id: msg.id,
        error: isBulletinError(e)
          ? { message: e.message, stack: e.stack, code: e.code, exitCode: e.exitCode }
          : { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined },
      }),
  );
});
