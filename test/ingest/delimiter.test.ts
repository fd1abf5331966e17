import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseDelimiter, sniffDelimiter } from '../../src/ingest/delimiter.js';

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['"x,y";b\n"1,2";3\n', ';'],
    ['single\n1\n', ','],
    ['', ','],
  ])('%j → %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });

  it('prefers the delimiter that is consistent over more frequent commas inside values', () => {
    expect(sniffDelimiter('name;amount\nA;1,5\nB;2,25,1\nC;3\n')).toBe(';');
  });

  it('parses user-given delimiters', () => {
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter(';')).toBe(';');
    expect(() => parseDelimiter('|')).toThrow(UsageError);
  });
});
