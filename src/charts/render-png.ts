/**
 * SVG → PNG with resvg, for previews and the web: only the bulletin's TTF files are loaded (no
 * system fonts), so the picture is the same on every machine. resvg is loaded on first use.
 */
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';
import { WHITE } from './palette.js';

export interface PngOptions {
  /** Pixels per SVG unit (point). Default 2 (≈ 144 dpi). */
  scale?: number;
}

const require = createRequire(import.meta.url);

type ResvgModule = typeof import('@resvg/resvg-js');

/** Loads resvg's native module (once per thread; renderPng does it on first use). */
export function loadResvg(): ResvgModule {
  return require('@resvg/resvg-js') as ResvgModule;
}

export function renderPng(svg: string, opts: PngOptions = {}): Buffer {
  const { Resvg } = loadResvg();
  const resvg = new Resvg(svg, {
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: WHITE,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
