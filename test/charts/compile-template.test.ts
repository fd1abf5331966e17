/**
 * Each chart shape compiled once (charts/compile-template.ts): the Vega spec a chart gets from its
 * shape's template is the one compiling the chart itself gives, on every example chart in both
 * languages, the first time (the shape is compiled) and again (the shape is reused).
 */
import { describe, expect, it } from 'vitest';
import { toVegaLite } from '../../src/charts/spec.js';
import { compileNow, compileToVega, runtimeOf, type VegaLiteTopLevelSpec } from '../../src/charts/render-svg.js';
import { bindTemplate, templateOf } from '../../src/charts/compile-template.js';
import { examples } from './examples.js';

const inputs = (['en', 'ru'] as const).flatMap((lang) => examples(lang));

describe('compiling each chart shape once', () => {
  it.each(inputs.map((i) => [`${i.id} (${i.lang})`, i] as const))('gives %s the spec a compile gives, twice', async (_name, input) => {
    const spec = toVegaLite(input);
    const direct = JSON.stringify((await compileNow(spec)).vega);
    expect(JSON.stringify((await compileToVega(spec)).vega)).toBe(direct);
    expect(JSON.stringify((await compileToVega(spec)).vega)).toBe(direct);
    // and the template itself binds (compileToVega did not fall back to compiling the chart)
    const t = templateOf(spec);
    if (t) expect(JSON.stringify(bindTemplate((await compileNow(t.spec as VegaLiteTopLevelSpec)).vega, t.slots))).toBe(direct);
  });

  it.each(inputs.map((i) => [`${i.id} (${i.lang})`, i] as const))('gives %s the Vega runtime parsing its spec gives, twice', async (_name, input) => {
    const vega = await import('vega');
    const spec = toVegaLite(input);
    const direct = JSON.stringify(vega.parse((await compileNow(spec)).vega as never));
    expect(JSON.stringify(await runtimeOf(vega, spec))).toBe(direct);
    expect(JSON.stringify(await runtimeOf(vega, spec))).toBe(direct);
    // and the runtime of the template binds (runtimeOf did not fall back to parsing the chart)
    const t = templateOf(spec);
    if (t) expect(JSON.stringify(bindTemplate(vega.parse((await compileNow(t.spec as VegaLiteTopLevelSpec)).vega as never), t.slots))).toBe(direct);
  });

  it('uses a template for most example charts', () => {
    const templated = inputs.filter((i) => templateOf(toVegaLite(i)) !== null);
    expect(templated.length).toBeGreaterThan(inputs.length / 2);
  });

  it('gives charts that differ in data and description alone one shape, and each its own data', async () => {
    const input = inputs.find((i) => i.type === 'hbar' && templateOf(toVegaLite(i)) !== null)!;
    const a = toVegaLite(input) as VegaLiteTopLevelSpec & { data: { values: Array<Record<string, unknown>> }; description?: string };
    const b = structuredClone(a);
    b.description = 'another chart';
    b.data.values = b.data.values.map((row) => ({ ...row, n: 999 }));
    expect(templateOf(b)!.key).toBe(templateOf(a)!.key);
    await compileToVega(a);
    const bound = JSON.stringify((await compileToVega(b)).vega);
    expect(bound).toBe(JSON.stringify((await compileNow(b)).vega));
    expect(bound).toContain('"n":999');
    expect(bound).toContain('another chart');
    const vega = await import('vega');
    await runtimeOf(vega, a);
    const runtime = JSON.stringify(await runtimeOf(vega, b));
    expect(runtime).toBe(JSON.stringify(vega.parse((await compileNow(b)).vega as never)));
    expect(runtime).toContain('"n":999');
    expect(runtime).toContain('another chart');
  });

  it('compiles directly a spec with two data sets, or empty data', () => {
    const two = { data: { values: [{ a: 1 }] }, layer: [{ mark: 'bar', data: { values: [{ a: 2 }] } }] };
    expect(templateOf(two)).toBeNull();
    expect(templateOf({ data: { values: [] }, mark: 'bar' })).toBeNull();
    expect(templateOf({ data: { values: [1, 2] }, mark: 'bar' })).toBeNull();
    expect(templateOf({ data: { values: [{ a: 1 }] }, mark: 'bar' })).not.toBeNull();
  });

  it('refuses a compiled template whose placeholders are lost, repeated or inside other text', () => {
    const t = templateOf({ description: 'd', data: { values: [{ a: 1 }] }, mark: 'bar' })!;
    const [desc, data] = [JSON.stringify(t.spec).match(/"description":("[^"]*")/)![1]!, (t.spec as { data: { values: unknown } }).data.values];
    const descText = JSON.parse(desc) as string;
    expect(bindTemplate({ description: descText, data: [{ values: data }] }, t.slots)).toEqual({ description: 'd', data: [{ values: [{ a: 1 }] }] });
    expect(bindTemplate({ data: [{ values: data }] }, t.slots)).toBeNull();
    expect(bindTemplate({ description: descText, title: descText, data: [{ values: data }] }, t.slots)).toBeNull();
    expect(bindTemplate({ description: `${descText} more`, data: [{ values: data }] }, t.slots)).toBeNull();
  });
});
