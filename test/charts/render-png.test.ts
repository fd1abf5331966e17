import { describe, expect, it } from 'vitest';
import { fontFilesFor, renderPng } from '../../src/charts/render-png.js';

describe('renderPng', () => {
  it('rasterises an SVG at the asked scale with the bundled font (size checked, never bytes)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24" font-family="Noto Sans" font-size="12">Мужчины 55 %</text></svg>';
    const png = renderPng(svg, { scale: 2 });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(240);
    expect(png.readUInt32BE(20)).toBe(80);
  });
});

describe('fontFilesFor', () => {
  it('loads regular and the face of each weight the SVG names, and every face for a weight it does not know', async () => {
    const { FONT_FILES } = await import('../../src/charts/fonts.js');
    expect(fontFilesFor('<svg><text>a</text></svg>')).toEqual([FONT_FILES.regular]);
    expect(new Set(fontFilesFor('<svg><text font-weight="600">a</text><text font-weight="bold">b</text></svg>'))).toEqual(
      new Set([FONT_FILES.regular, FONT_FILES.semibold, FONT_FILES.bold]),
    );
    expect(new Set(fontFilesFor('<svg><text font-weight="500">a</text></svg>'))).toEqual(new Set(Object.values(FONT_FILES)));
    expect(new Set(fontFilesFor('<svg><text font-style="italic">a</text></svg>'))).toEqual(new Set(Object.values(FONT_FILES)));
  });

  it('draws the same bytes with the faces it picks as with every face', async () => {
    const { rasterise } = await import('../../src/charts/render-png.js');
    const { FONT_FILES } = await import('../../src/charts/fonts.js');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60"><text x="4" y="16" font-family="Noto Sans" font-size="12" font-weight="600">Мужчины 55 %</text><text x="4" y="34" font-family="Noto Sans" font-size="12" font-weight="bold">Women</text><text x="4" y="52" font-family="Noto Sans" font-size="12">Другое</text></svg>';
    expect(fontFilesFor(svg)).toHaveLength(3);
    expect(renderPng(svg).equals(rasterise(svg, Object.values(FONT_FILES), 2))).toBe(true);
  });
});
