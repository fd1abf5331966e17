/**
 * vega, vega-lite and resvg are heavy; commands that draw nothing (`bulletin validate`) must not
 * load them. They may only be imported dynamically (or as types) anywhere under src/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('lazy loading of the renderers', () => {
  it('no module imports vega, vega-lite or resvg statically', () => {
    const offenders = files(SRC).filter((f) =>
      /^\s*import\s+(?!type\b)[^;]*from\s+['"](vega|vega-lite|@resvg\/resvg-js)['"]/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
