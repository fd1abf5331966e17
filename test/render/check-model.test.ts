import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/render/check-model.js';
import type { Block, DocModel } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';

const withBlock = (b: Block): DocModel => ({ ...sampleModel('en'), blocks: [b] });
const figure = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;

describe('checkModel', () => {
  it('accepts the sample models', () => {
    expect(() => checkModel(sampleModel('en'))).not.toThrow();
    expect(() => checkModel(sampleModel('ru'))).not.toThrow();
  });

  it.each([
    ['a clock-like creation date', { ...sampleModel('en'), creationDate: '2021-04-30T10:00:00Z' }, /creationDate/],
    ['an impossible date', { ...sampleModel('en'), creationDate: '2021-13-45' }, /creationDate/],
    ['a page label without {n}', { ...sampleModel('en'), footer: { left: '', pageLabel: 'Page' } }, /pageLabel/],
    ['a figure of zero width', withBlock({ ...figure, width: 0 }), /b6-kgz-sex.*width and height/],
    ['a figure that is not SVG', withBlock({ ...figure, svg: '<png/>' }), /svg must be an SVG/],
    ['an image without data', withBlock({ type: 'image', format: 'png', data: '', width: 10, height: 10 }), /image needs its data/],
    ['an image of fractional pixel size', withBlock({ type: 'image', format: 'png', data: 'AA==', width: 10.5, height: 10 }), /positive whole pixel size/],
    ['a cover logo without data', { ...sampleModel('en'), cover: { ...sampleModel('en').cover, logos: [{ format: 'png', data: '', width: 10, height: 10, alt: 'Logo' }] } }, /cover logo 0: an image needs its data/],
    ['a back-cover logo of zero size', withBlock({ type: 'publisher', title: 'Publisher:', groups: [], logos: [{ format: 'png', data: 'AA==', width: 0, height: 10, alt: 'Logo' }] }), /logo 0: an image needs a positive/],
    ['five key figures', withBlock({ type: 'keyFigures', items: Array.from({ length: 5 }, () => ({ value: '1', label: 'x' })) }), /at most four key figures/],
    ['a ragged table', withBlock({ type: 'table', columns: [{ header: 'A', align: 'left' }], rows: [['1', '2']] }), /row 0 has 2 cells for 1 columns/],
  ])('rejects %s as an internal error (exit 3)', (_name, model, message) => {
    expect(() => checkModel(model as DocModel)).toThrow(message);
    try {
      checkModel(model as DocModel);
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(3);
    }
  });
});
