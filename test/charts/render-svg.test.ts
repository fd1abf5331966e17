/**
 * SVG output of every example: text present in the language, deterministic, no NaN, the size asked.
 * Set CHART_PREVIEW_DIR to also write SVG and PNG files there for looking at.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toVegaLite } from '../../src/charts/spec.js';
import { renderSvg, roundCoordinates } from '../../src/charts/render-svg.js';
import { renderPng } from '../../src/charts/render-png.js';
import { examples } from './examples.js';

const preview = process.env.CHART_PREVIEW_DIR;

/** The text of every <text> element (lines in <tspan>s joined by a space), entities decoded. */
const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );

describe('renderSvg', () => {
  for (const lang of ['en', 'ru'] as const) {
    for (const input of examples(lang)) {
      it(`${input.id} (${lang})`, async () => {
        const spec = toVegaLite(input);
        const svg = await renderSvg(spec);
        expect(await renderSvg(spec)).toBe(svg);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        expect(svg).toMatch(/^<svg [^>]*width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
        const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
        expect(width).toBeLessThanOrEqual((input.width ?? 480) + 1);
        const shown = texts(svg).join('|');
        for (const row of input.rows.filter((r) => r.value !== null && r.display === undefined).slice(0, 3)) {
          if (input.type !== 'column' && input.type !== 'line' && input.type !== 'donut' && input.type !== 'stacked100') {
            expect(shown.replace(/\|/g, ' ')).toContain(row.category.split(' ')[0]!);
          }
        }
        if (input.rows.some((r) => /[а-яё]/i.test(r.category))) expect(shown).toMatch(/[а-яё]/i);
        if (input.valueKind === 'share' && lang === 'ru') expect(shown).toMatch(/\d\u00a0%/);
        if (preview) {
          mkdirSync(preview, { recursive: true });
          writeFileSync(join(preview, `${input.id}.${lang}.svg`), svg);
          writeFileSync(join(preview, `${input.id}.${lang}.png`), renderPng(svg, { scale: 2 }));
        }
      });
    }
  }

  it('writes the category labels and printed values as text in Noto Sans', async () => {
    const input = examples('ru').find((e) => e.id === 'assist-types')!;
    const svg = await renderSvg(toVegaLite(input));
    const shown = texts(svg);
    expect(shown).toContain('Продукты питания');
    expect(shown).toContain('82\u00a0%');
    expect(shown).toContain('<5');
    expect(shown.some((t) => t.includes('чел.'))).toBe(false);
    expect(shown).toContain('Непродовольственные товары (гигиенические наборы, одежда)');
    expect(svg).toContain('font-family="Noto Sans"');
  });

  it('lays labels out with the real font widths, not Vega\'s estimate', async () => {
    // The label column is as wide as the widest label measured on Noto Sans; Vega's estimate
    // (0.8 × characters × size) would make it about 60 % wider and push the bars right.
    const input = examples('ru').find((e) => e.id === 'avr-countries')!;
    const svg = await renderSvg(toVegaLite(input));
    const plotX = Number(/<g fill="none" stroke-miterlimit="4" transform="translate\(([\d.]+),/.exec(svg)?.[1]);
    expect(plotX).toBeGreaterThan(90);
    expect(plotX).toBeLessThan(130);
  });

  it('gives the same SVGs when charts are rendered concurrently', async () => {
    const specs = examples('ru').map((e) => toVegaLite(e));
    const sequential: string[] = [];
    for (const spec of specs) sequential.push(await renderSvg(spec));
    expect(await Promise.all(specs.map((spec) => renderSvg(spec)))).toEqual(sequential);
  });

  it('rounds coordinates in tags only', () => {
    expect(roundCoordinates('<g transform="translate(16.999999999999993,2.5)"><text>1.23456789</text></g>'))
      .toBe('<g transform="translate(17,2.5)"><text>1.23456789</text></g>');
  });
});
