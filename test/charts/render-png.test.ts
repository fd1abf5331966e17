import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/charts/render-png.js';

describe('renderPng', () => {
  it('rasterises an SVG at the asked scale with the bundled font (size checked, never bytes)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24" font-family="Noto Sans" font-size="12">Мужчины 55 %</text></svg>';
    const png = renderPng(svg, { scale: 2 });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(240);
    expect(png.readUInt32BE(20)).toBe(80);
  });
});
