/**
 * Golden Vega-Lite specs: every example chart in both languages. The spec is deterministic (text
 * measured on the bundled font), so any change shows up here; on a mismatch the new spec is written
 * beside the golden as `*-changed.json` for review. `UPDATE_GOLDEN=1` rewrites the goldens.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toVegaLite } from '../../src/charts/spec.js';
import { compileToVega } from '../../src/charts/render-svg.js';
import { CHART_TYPES } from '../../src/charts/types.js';
import { examples } from './examples.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden Vega-Lite specs', () => {
  it('cover every chart type', () => {
    const types = new Set(examples('en').map((e) => e.type));
    expect([...CHART_TYPES].filter((t) => !types.has(t))).toEqual([]);
  });

  for (const lang of ['en', 'ru'] as const) {
    for (const input of examples(lang)) {
      it(`${input.id} (${lang})`, async () => {
        const spec = toVegaLite(input);
        const text = `${JSON.stringify(spec, null, 2)}\n`;
        const file = join(GOLDEN, `${input.id}.${lang}.json`);
        const changed = file.replace(/\.json$/, '-changed.json');
        if (!update && !existsSync(file)) throw new Error(`no golden ${file}: run with UPDATE_GOLDEN=1 and review it`);
        if (update) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, text);
        }
        const golden = readFileSync(file, 'utf8');
        if (golden !== text) writeFileSync(changed, text);
        else if (existsSync(changed)) rmSync(changed);
        expect(text).toBe(golden);
        const { warnings } = await compileToVega(spec);
        expect(warnings).toEqual([]);
      });
    }
  }
});
