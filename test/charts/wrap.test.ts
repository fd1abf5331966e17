import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapLines } from '../../src/charts/wrap.js';
import { createTextMeasure } from '../../src/charts/measure.js';

const measure = createTextMeasure();

describe('wrapLines', () => {
  it('breaks a long Russian label at word boundaries', () => {
    expect(wrapLines('Мигранты, оказавшиеся в затруднительном положении', measure, { width: 150, size: 10 })).toEqual([
      'Мигранты, оказавшиеся в',
      'затруднительном положении',
    ]);
  });

  it('balances the lines instead of leaving a word alone on the last one', () => {
    expect(wrapLines('Transportation assistance (by land or by air)', measure, { width: 192, size: 9.5 })).toMatchInlineSnapshot(`
      [
        "Transportation assistance",
        "(by land or by air)",
      ]
    `);
  });

  it('cuts what does not fit in the allowed lines with an ellipsis', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', measure, { width: 40, size: 10, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it('keeps every word, in order, and every line within the width unless it is a single word', () => {
    const word = fc.stringMatching(/^[a-zа-яё]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 30, max: 300 }), (words, width) => {
        const lines = wrapLines(words.join(' '), measure, { width, size: 10, maxLines: 100 });
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const l of lines) if (l.includes(' ')) expect(measure(l, 10)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 200 },
    );
  });
});
