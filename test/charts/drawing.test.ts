/**
 * The recording context (charts/drawing.ts): what Vega's canvas marks draw becomes paths in chart
 * coordinates, painted once per fill-and-stroke, clips that end where the canvas state is
 * restored, and lines of text with their face, size and alignment.
 */
import { describe, expect, it } from 'vitest';
import { DrawingRecorder, type DrawOp } from '../../src/charts/drawing.js';
import { renderChart } from '../../src/charts/render-svg.js';
import { toVegaLite } from '../../src/charts/spec.js';
import { mixedScriptBars } from '../helpers/mixed-script-bars.js';
import { mapSpec } from '../../src/geo/map-spec.js';

const texts = (ops: DrawOp[]) => ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));

describe('DrawingRecorder', () => {
  it('writes points through the current transform and paints a filled and stroked path once', () => {
    const r = new DrawingRecorder();
    r.translate(10, 20);
    r.save();
    r.translate(5, 5);
    r.beginPath();
    r.rect(0, 0, 2, 3);
    r.fillStyle = '#0033A0';
    r.globalAlpha = 0.5;
    r.fill();
    r.strokeStyle = '#ffffff';
    r.globalAlpha = 1;
    r.lineWidth = 0.5;
    r.stroke();
    r.restore();
    r.beginPath();
    r.moveTo(0, 0);
    r.lineTo(1, 0);
    r.stroke();
    expect(r.ops).toEqual([
      {
        op: 'paint',
        d: [0, 15, 25, 1, 17, 25, 1, 17, 28, 1, 15, 28, 3],
        fill: { color: '#0033A0', alpha: 0.5 },
        stroke: { color: '#ffffff', alpha: 1, width: 0.5, cap: 'butt', join: 'miter', miter: 10 },
      },
      { op: 'paint', d: [0, 10, 20, 1, 11, 20], stroke: { color: '#ffffff', alpha: 1, width: 0.5, cap: 'butt', join: 'miter', miter: 10 } },
    ]);
  });

  it('draws a full circle as four quarter curves that end where they start', () => {
    const r = new DrawingRecorder();
    r.beginPath();
    r.arc(0, 0, 10, 0, 2 * Math.PI);
    r.fill();
    const d = (r.ops[0] as Extract<DrawOp, { op: 'paint' }>).d;
    expect(d.slice(0, 3)).toEqual([0, 10, 0]);
    expect(d.filter((v, i) => i > 2 && v === 2 && (i - 3) % 7 === 0)).toHaveLength(4);
    expect(d.slice(-2)).toEqual([10, 0]);
    // The quarter points lie on the circle.
    expect([d[8], d[9], d[15], d[16], d[22], d[23]]).toEqual([0, 10, -10, 0, 0, -10]);
  });

  it('ends a clip where the canvas state that set it is restored', () => {
    const r = new DrawingRecorder();
    r.save();
    r.beginPath();
    r.rect(0, 0, 5, 5);
    r.clip();
    r.save();
    r.restore();
    r.restore();
    expect(r.ops.map((o) => o.op)).toEqual(['clip', 'unclip']);
  });

  it('keeps a halo (a line filled, then stroked in the same place) as one text with both paints', () => {
    const r = new DrawingRecorder();
    r.font = '600 9px Noto Sans';
    r.textAlign = 'center';
    r.translate(100, 50);
    r.rotate(-Math.PI / 2);
    r.fillStyle = '#ffffff';
    r.fillText('Osh', 0, 3);
    r.strokeStyle = '#ffffff';
    r.lineWidth = 2.5;
    r.strokeText('Osh', 0, 3);
    expect(r.ops).toEqual([
      {
        op: 'text',
        text: 'Osh',
        m: [0, -1, 1, 0, 103, 50],
        face: 'bold',
        size: 9,
        align: 'center',
        fill: { color: '#ffffff', alpha: 1 },
        stroke: { color: '#ffffff', alpha: 1, width: 2.5, cap: 'butt', join: 'miter', miter: 10 },
      },
    ]);
  });

  it('refuses what the PDF drawing cannot draw', () => {
    expect(() => new DrawingRecorder().createLinearGradient()).toThrow(/gradient/);
  });
});

describe('renderChart with its drawing', () => {
  it('records every text line the SVG shows, at the SVG size', async () => {
    const spec = toVegaLite(mixedScriptBars('t'));
    const { svg, width, height, drawing } = await renderChart(spec, true);
    expect(drawing).toBeDefined();
    expect([drawing!.width, drawing!.height]).toEqual([width, height]);
    const inSvg = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(texts(drawing!.ops).sort()).toEqual(inSvg.sort());
  });

  it('records a map: its clip, and each label once as text and once as a white halo', async () => {
    const spec = mapSpec('KGZ', [{ code: 'KG-C', count: 40 }, { code: 'KG-O', count: 12 }], 'en');
    const { drawing } = await renderChart(spec, true);
    const ops = drawing!.ops;
    expect(ops.filter((o) => o.op === 'clip').length).toBe(ops.filter((o) => o.op === 'unclip').length);
    expect(ops.some((o) => o.op === 'clip')).toBe(true);
    const halos = ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text' && o.stroke !== undefined);
    expect(halos.length).toBeGreaterThan(0);
    for (const h of halos) {
      expect(h.fill?.color.toLowerCase()).toBe('#ffffff');
      expect(ops.filter((o) => o.op === 'text' && o.text === h.text && o.stroke === undefined).length).toBeGreaterThan(0);
    }
    // Plain JSON: a cached drawing is the same drawing.
    expect(JSON.parse(JSON.stringify(drawing))).toEqual(drawing);
  });
});
