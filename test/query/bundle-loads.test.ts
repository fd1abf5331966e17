/**
 * What the installed command (the esbuild bundle in dist/bundle/, scripts/bundle.mjs) loads for a
 * warm `query`: a module-resolution hook records every module Node loads. Code splitting must keep
 * the heavy stages lazy, and no chunk of the query path may pull in zod, the drawing or the PDF
 * code. Like test/pipeline/render-workers.test.ts this needs `npm ci` or `npm run build:ts`, and
 * fails rather than skips without it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bulletin.js');
const work = mkdtempSync(join(tmpdir(), 'bulletin-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = promisify(execFile);

// The hook runs on Node's loader thread: it appends each resolved URL to the file named in the environment.
const hooks = join(work, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.BULLETIN_TEST_LOADED, r.url + '\\n');
  return r;
}
`,
);
const register = join(work, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

async function loadedBy(args: string[], log: string): Promise<{ urls: string[]; stdout: string }> {
  const env = { ...process.env, BULLETIN_CACHE_DIR: join(work, 'cache'), BULLETIN_WORKERS: '0', BULLETIN_TEST_LOADED: log };
  const r = await run(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: ROOT, env });
  return { urls: [...new Set(readFileSync(log, 'utf8').trim().split('\n'))], stdout: r.stdout };
}

describe('the bundle on the warm query path', () => {
  it('is built (npm ci or npm run build:ts)', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))).toBe(true);
  });

  it('loads the bundle and arquero, and neither zod, the drawing nor the PDF code, nor commander from node_modules', async () => {
    const args = ['query', 'data-samples/survey.csv', '--by', 'country,sex', '--stat', 'share'];
    const cold = await loadedBy(args, join(work, 'cold.log'));
    const warm = await loadedBy(args, join(work, 'warm.log'));
    expect(warm.stdout).toBe(cold.stdout);
    const ours = warm.urls.filter((u) => u.startsWith(`${pathToFileURL(ROOT).href}/dist/`));
    expect(ours.length).toBeGreaterThan(3);
    expect(ours.every((u) => u.includes('/dist/bundle/')), ours.join('\n')).toBe(true);
    const packages = new Set(warm.urls.filter((u) => u.includes('/node_modules/')).map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1]));
    // commander is part of the bundle (dist/bundle/vendor-commander.js, scripts/bundle.mjs)
    expect([...packages].sort()).toEqual(['arquero']);
    // the bundle is split: the warm query reads a small part of it
    expect(ours.length).toBeLessThan(readdirSync(join(ROOT, 'dist', 'bundle')).length / 2);
  }, 120_000);

  it("does not load Node's child_process (commander's require of it is deferred to its spawn, scripts/bundle.mjs)", async () => {
    // Node's own modules loaded by the process, written when it exits
    const builtins = join(work, 'builtins.mjs');
    writeFileSync(builtins, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BULLETIN_TEST_BUILTINS, process.moduleLoadList.join('\\n')));\n`);
    const list = join(work, 'builtins.log');
    const env = { ...process.env, BULLETIN_CACHE_DIR: join(work, 'cache'), BULLETIN_TEST_BUILTINS: list };
    await run(process.execPath, ['--import', pathToFileURL(builtins).href, BIN, 'query', 'data-samples/survey.csv', '--by', 'country,sex', '--stat', 'share'], { cwd: ROOT, env });
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    expect(loaded).not.toContain('NativeModule child_process');
  }, 120_000);
});
