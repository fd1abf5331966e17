import { describe, expect, it } from 'vitest';
import { normaliseSvgWeights } from '../../src/render/svg-fonts.js';

describe('normaliseSvgWeights', () => {
  it('spells numeric weights of 600 and more as bold, in attributes and styles', () => {
    const svg = '<svg><text font-weight="700">a</text><text font-weight="600">b</text><text font-weight="400">c</text><text style="font-weight: 800">d</text></svg>';
    expect(normaliseSvgWeights(svg)).toBe(
      '<svg><text font-weight="bold">a</text><text font-weight="bold">b</text><text font-weight="400">c</text><text style="font-weight: bold">d</text></svg>',
    );
  });
});
