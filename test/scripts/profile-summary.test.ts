// scripts/bench/profile.mjs: a CPU profile's self time per pipeline stage (scripts/profile-summary.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bench, without types
import { bundledModuleUrl, stageOf, summariseProfile } from '../../scripts/bench/profile.mjs';

const url = (path: string) => `file:///repo/${path}`;
const frame = (id: number, functionName: string, u: string, children: number[] = []) => ({ id, callFrame: { functionName, url: u }, children });

describe('profile summary', () => {
  it('names the stage of a script', () => {
    expect(stageOf(url('node_modules/highs/build/highs.mjs'))).toBe('sdc solver (HiGHS)');
    expect(stageOf(url('dist/analyse/sdc/protect.js'))).toBe('sdc model/audit (ours)');
    expect(stageOf(url('dist/analyse/disaggregate.js'))).toBe('indicators');
    expect(stageOf(url('node_modules/vega-lite/build/index.js'))).toBe('vega-lite compile');
    expect(stageOf(url('node_modules/vega-scenegraph/build/vega-scenegraph.js'))).toBe('vega + d3 (dataflow, scenegraph, SVG, maps)');
    expect(stageOf(url('dist/charts/render-png.js'))).toBe('resvg (PNG)');
    expect(stageOf(url('dist/charts/spec.js'))).toBe('charts (ours)');
    expect(stageOf(url('node_modules/fontkit/dist/module.mjs'))).toBe('fontkit (shaping, metrics)');
    expect(stageOf(url('somewhere/else.js'))).toBeUndefined();
  });

  it('names the module of a line of a bundle chunk from the markers esbuild writes', () => {
    const chunk = url('dist/bundle/chunk-ABC.js');
    const text = ['import { x } from "./chunk-X.js";', '', '// src/schema/codes.ts', 'var a = 1;', '', '// src/analyse/disaggregate.ts', 'function d() {}'].join('\n');
    expect(bundledModuleUrl(chunk, 0, text)).toBe(chunk);
    expect(bundledModuleUrl(chunk, 3, text)).toBe(url('dist/schema/codes.js'));
    expect(bundledModuleUrl(chunk, 6, text)).toBe(url('dist/analyse/disaggregate.js'));
    expect(stageOf(bundledModuleUrl(chunk, 6, text))).toBe('indicators');
  });

  it('counts native and WebAssembly frames for the script that called them, GC and idle apart', () => {
    const profile = {
      nodes: [
        frame(1, '(root)', '', [2, 5, 6, 7]),
        frame(2, 'solve', url('dist/analyse/sdc/lp.js'), [3]),
        frame(3, 'Module.solve', url('node_modules/highs/build/highs.mjs'), [4]),
        frame(4, 'wasm-function[1830]', 'wasm://wasm/00d789e6'),
        frame(5, '(garbage collector)', ''),
        frame(6, '(idle)', ''),
        frame(7, 'rasterise', url('dist/charts/render-png.js'), [8]),
        frame(8, 'render', ''),
      ],
      // seconds per sample: 1 µs units × 1e6
      samples: [4, 4, 3, 2, 5, 6, 8, 7],
      timeDeltas: [1e6, 1e6, 5e5, 25e4, 2e6, 3e6, 4e6, 1e6],
    };
    const s = summariseProfile(profile) as Map<string, number>;
    expect(s.get('sdc solver (HiGHS)')).toBeCloseTo(2.5);
    expect(s.get('sdc model/audit (ours)')).toBeCloseTo(0.25);
    expect(s.get('garbage collection')).toBeCloseTo(2);
    expect(s.get('idle')).toBeCloseTo(3);
    expect(s.get('resvg (PNG)')).toBeCloseTo(5);
    expect([...s.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(12.75);
  });
});
