/**
 * The compiled command (the bundle in dist/bundle/, made by `npm ci` or `npm run build:ts`) gives the same files with
 * render workers as in one thread: worker threads only exist from the compiled modules, so this is
 * the only test where charts and PDFs are drawn on workers (with their warm-up and first-free-worker
 * scheduling) and compared, file by file, with the in-process build. `npm ci` compiles dist/
 * (`prepare`); without it this test fails rather than skips, so that it can never pass unseen.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bulletin.js');
const work = mkdtempSync(join(tmpdir(), 'bulletin-workers-'));
const run = promisify(execFile);

/** `workers` undefined: the default, one thread per core with this thread drawing too once every job is queued. */
async function build(out: string, workers: number | undefined): Promise<{ outputs: Array<{ path: string; sha256: string }> }> {
  const args = [BIN, 'build', '--survey', 'test/pipeline/fixtures/survey-small.csv', '--assistance', 'test/pipeline/fixtures/assistance-small.csv', '--bulletin', '1,6', '--no-cache', '--out', join(work, out)];
  const env: Record<string, string | undefined> = { ...process.env, CI: 'true' };
  if (workers === undefined) delete env.BULLETIN_WORKERS;
  else env.BULLETIN_WORKERS = String(workers);
  await run(process.execPath, args, { cwd: ROOT, env });
  return JSON.parse(readFileSync(join(work, out, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; sha256: string }> };
}

describe('render workers (compiled dist)', () => {
  it('have a compiled dist/ to run from (npm ci or npm run build:ts)', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'render-worker.js'))).toBe(true);
  });

  it('write the same files, byte for byte and in the same manifest order, as the in-process build', async () => {
    const [threads, byDefault, inProcess] = await Promise.all([build('workers', 2), build('default', undefined), build('in-process', 0)]);
    expect(threads.outputs.length).toBeGreaterThan(100);
    expect(threads.outputs.map((o) => [o.path, o.sha256])).toEqual(inProcess.outputs.map((o) => [o.path, o.sha256]));
    // By default the main thread draws beside the workers (render-pool.ts): the same files again.
    expect(byDefault.outputs.map((o) => [o.path, o.sha256])).toEqual(inProcess.outputs.map((o) => [o.path, o.sha256]));
  }, 240_000);
});
