import { describe, expect, it } from 'vitest';
import { MIN_CHART_TEXT, smallestText, textFloor } from '../../src/render/chart-text.js';
import { smallestTextSize, type FigureDrawing } from '../../src/charts/drawing.js';

const run = (size: number, m: number[], text = 'Label') => ({ op: 'text' as const, text, m, face: 'regular' as const, size, align: 'left' as const });

describe('smallestText', () => {
  it('reads the drawing: a run’s size times the scale of its transform', () => {
    const drawing: FigureDrawing = { width: 100, height: 50, ops: [run(9.5, [1, 0, 0, 1, 10, 10]), run(10, [0.8, 0, 0, 0.8, 0, 0]), run(6, [1, 0, 0, 1, 0, 0], ' ')] };
    expect(smallestText({ drawing, svg: '' })).toBeCloseTo(8, 6);
  });

  it('takes the size the figure carries from the chart stage, which is the one its drawing gives', () => {
    const drawing: FigureDrawing = { width: 100, height: 50, ops: [run(9.5, [1, 0, 0, 1, 10, 10]), run(10, [0.8, 0, 0, 0.8, 0, 0])] };
    expect(smallestTextSize(drawing)).toBe(smallestText({ drawing, svg: '' }));
    expect(smallestText({ textSize: 7.25, drawing, svg: '<svg><text font-size="5">a</text></svg>' })).toBe(7.25);
    expect(smallestText({ textSize: null, drawing, svg: '' })).toBeNull();
    expect(smallestTextSize({ width: 1, height: 1, ops: [run(6, [1, 0, 0, 1, 0, 0], ' ')] })).toBeNull();
  });

  it('reads the font sizes of an SVG drawn without a recorded drawing', () => {
    expect(smallestText({ svg: '<svg><text font-size="11">a</text><text font-size="8.5">b</text></svg>' })).toBe(8.5);
    expect(smallestText({ svg: '<svg><text font="bold 7.5px Noto Sans">a</text></svg>' })).toBe(7.5);
  });

  it('gives null, and no floor, for a figure without text', () => {
    expect(smallestText({ svg: '<svg><rect width="5" height="5"/></svg>' })).toBeNull();
    expect(textFloor({ svg: '<svg/>' })).toBe(0);
  });

  it('sets the floor so that the smallest text prints at MIN_CHART_TEXT', () => {
    expect(textFloor({ svg: '<svg><text font-size="10">a</text></svg>' }) * 10).toBeCloseTo(MIN_CHART_TEXT, 9);
  });
});
