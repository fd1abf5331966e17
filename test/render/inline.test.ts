import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceLines, breakLines } from '../../src/render/inline.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { TextRun } from '../../src/render/model.js';

const m = fontkitMeasurer(loadNotoSans());
const text = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.spans.map((s) => s.text).join(''));

describe('breakLines', () => {
  it('breaks greedily at spaces: each line fits, and the next word would not have', () => {
    const width = 150;
    const lines = breakLines('In total, 295 vulnerable migrants received IOM assistance within the project.', 'regular', 10, width, m);
    const t = text(lines);
    expect(t.join(' ')).toBe('In total, 295 vulnerable migrants received IOM assistance within the project.');
    t.forEach((line, i) => {
      expect(m.width(line, 'regular', 10)).toBeLessThanOrEqual(width);
      const next = t[i + 1]?.split(' ')[0];
      if (next) expect(m.width(`${line} ${next}`, 'regular', 10)).toBeGreaterThan(width);
    });
  });

  it('keeps numbers with no-break spaces whole and honours "\\n"', () => {
    // Wide enough for "Всего 1" but not for "Всего 1 234": a breakable space would split the number.
    const width = m.width('Всего 1', 'regular', 10) + 1;
    const t = text(breakLines('Всего 1\u00a0234 мигранта\nвторая строка', 'regular', 10, width, m));
    expect(t.some((l) => l.includes('1\u00a0234'))).toBe(true);
    const u = text(breakLines('Всего 1\u00a0234 мигранта\nвторая строка', 'regular', 10, 400, m));
    expect(u).toEqual(['Всего 1\u00a0234 мигранта', 'вторая строка']);
    expect(text(breakLines('a\nb', 'regular', 10, 400, m))).toEqual(['a', 'b']);
  });

  it('keeps bold and italic spans, measured in their own faces', () => {
    const runs: TextRun[] = [{ text: 'In total, ' }, { text: '295 migrants', bold: true }, { text: ' (163 male).', italic: true }];
    const [line] = breakLines(runs, 'regular', 10, 400, m);
    expect(line?.spans.map((s) => [s.text, s.font])).toEqual([
      ['In total, ', 'regular'],
      ['295 migrants', 'bold'],
      [' (163 male).', 'italic'],
    ]);
    expect(line?.spans[1]?.x).toBeCloseTo(m.width('In total, ', 'regular', 10), 6);
  });

  it('cuts a word longer than the line between characters, without hyphens', () => {
    const url = 'https://publications.iom.int/books/international-migration-law-ndeg34-glossary-migration';
    const lines = breakLines(url, 'regular', 10, 120, m);
    expect(lines.length).toBeGreaterThan(1);
    expect(text(lines).join('')).toBe(url);
  });

  it('keeps every word, in order, within the width (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zА-Яа-яё0-9%().,:;–-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 480 }), fc.boolean(), (words, width, bold) => {
        const lines = breakLines(words.join(' '), bold ? 'bold' : 'regular', 10, width, m);
        for (const l of lines) {
          const chars = l.spans.reduce((n, s) => n + Array.from(s.text).length, 0);
          if (chars > 1) expect(l.width).toBeLessThanOrEqual(width + 1e-6);
        }
        // Lines split only at spaces (or inside a too-long word): joining them restores the words.
        const joined = text(lines).join(' ').split(' ').join('');
        expect(joined).toBe(words.join(''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('balanceLines', () => {
  // a key-figure label at its cell width: greedy breaking leaves "it" alone on the last line
  const label = 'have a need they could not get it';
  const width = m.width('have a need they could not get', 'regular', 8) + 1;

  it('keeps as many lines as greedy breaking, with the same words, none wider than the width', () => {
    const greedy = breakLines(label, 'regular', 8, width, m);
    const balanced = balanceLines(label, 'regular', 8, width, m);
    expect(text(greedy)).toEqual(['have a need they could not get', 'it']);
    expect(balanced).toHaveLength(greedy.length);
    expect(text(balanced).join(' ')).toBe(label);
    for (const l of balanced) expect(l.width).toBeLessThanOrEqual(width + 1e-6);
  });

  it('leaves no single word on the last line under a full one', () => {
    const t = text(balanceLines(label, 'regular', 8, width, m));
    expect(t.at(-1)?.split(' ').length).toBeGreaterThan(1);
  });

  it('leaves one line alone, and never cuts a word it did not have to', () => {
    expect(text(balanceLines('Short label', 'regular', 8, 200, m))).toEqual(['Short label']);
    const long = 'Нуждавшиеся в медицинской помощи';
    expect(text(balanceLines(long, 'regular', 8, 90, m)).join(' ')).toBe(text(breakLines(long, 'regular', 8, 90, m)).join(' '));
  });
});
