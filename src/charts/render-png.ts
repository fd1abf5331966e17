/**
 * SVG → PNG with resvg, for previews and the web: only the bulletin's TTF files are loaded (no
 * system fonts), so the picture is the same on every machine. resvg is loaded on first use.
 */
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES, type FontFace } from './fonts.js';
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

/** The weights and styles whose face is certain: any other one makes resvg choose among all faces. */
const FACE_OF: Readonly<Record<string, FontFace>> = {
  'font-weight="400"': 'regular',
  'font-weight="normal"': 'regular',
  'font-weight="600"': 'semibold',
  'font-weight="700"': 'bold',
  'font-weight="bold"': 'bold',
  'font-style="normal"': 'regular',
};

/**
 * The font files a chart can use: regular, and the face of each weight and style its SVG names.
 * resvg parses every file it is given for every picture, so loading only these saves most of its
 * font work; the text comes out the same, because a weight always finds its own face (an unknown
 * weight or style, or a CSS font declaration, loads them all).
 */
export function fontFilesFor(svg: string): string[] {
  const faces = new Set<FontFace>(['regular']);
  if (/font:|style="[^"]*font/.test(svg)) return Object.values(FONT_FILES);
  for (const m of svg.matchAll(/font-(?:weight|style)="[^"]*"/g)) {
    const face = FACE_OF[m[0]];
    if (!face) return Object.values(FONT_FILES);
    faces.add(face);
  }
  return (Object.keys(FONT_FILES) as FontFace[]).filter((f) => faces.has(f)).map((f) => FONT_FILES[f]);
}

export function renderPng(svg: string, opts: PngOptions = {}): Buffer {
  return rasterise(svg, fontFilesFor(svg), opts.scale ?? 2);
}

/** SVG → PNG with these font files and no others. */
export function rasterise(svg: string, fontFiles: string[], scale: number): Buffer {
  const { Resvg } = loadResvg();
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: scale },
    background: WHITE,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
