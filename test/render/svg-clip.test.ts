import { describe, expect, it } from 'vitest';
import { clipRectsToViewports } from '../../src/render/svg-clip.js';

const DEFS = '<defs><clipPath id="clip1"><rect x="0" y="0" width="480" height="278"/></clipPath><clipPath id="clip2"><rect x="2" y="3" width="10" height="20"/></clipPath></defs>';

describe('clipRectsToViewports', () => {
  it('wraps a group clipped by a rectangle in a viewport of that rectangle, with overflow hidden', () => {
    const svg = `<svg>${DEFS}<g class="a" clip-path="url(#clip1)" role="x"><g><path d="M0,0L1,1"/></g><path d="M2,2"/></g><text>after</text></svg>`;
    expect(clipRectsToViewports(svg)).toBe(
      `<svg>${DEFS}<svg x="0" y="0" width="480" height="278" viewBox="0 0 480 278" overflow="hidden"><g class="a" role="x"><g><path d="M0,0L1,1"/></g><path d="M2,2"/></g></svg><text>after</text></svg>`,
    );
  });

  it('wraps each of several clipped groups, with its own rectangle', () => {
    const svg = `<svg>${DEFS}<g clip-path="url(#clip1)"><path/></g><g clip-path="url(#clip2)"><path/></g></svg>`;
    const out = clipRectsToViewports(svg);
    expect(out).not.toContain('clip-path=');
    expect(out).toContain('<svg x="0" y="0" width="480" height="278" viewBox="0 0 480 278" overflow="hidden"><g><path/></g></svg>');
    expect(out).toContain('<svg x="2" y="3" width="10" height="20" viewBox="2 3 10 20" overflow="hidden"><g><path/></g></svg>');
  });

  it('leaves a group with its own transform, an unknown clip path or no closing tag as it was', () => {
    for (const svg of [
      `<svg>${DEFS}<g clip-path="url(#clip1)" transform="translate(3,4)"><path/></g></svg>`,
      `<svg>${DEFS}<g clip-path="url(#other)"><path/></g></svg>`,
      `<svg>${DEFS}<g clip-path="url(#clip1)"><path/></svg>`,
      '<svg><g><path/></g></svg>',
    ]) {
      expect(clipRectsToViewports(svg)).toBe(svg);
    }
  });
});
