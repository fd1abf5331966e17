// Personal-data screening of long cells: linear in the cell's length (a free-text answer of
// 100 kB, or a field an unterminated quote runs to the end of the file, took minutes with the
// e-mail pattern's backtracking), and the same e-mail verdicts as that pattern.
import { describe, expect, it } from 'vitest';
import { personalValueKind } from '../../src/schema/personal-data.js';

/** The pattern personalValueKind() used to try, unanchored (the verdicts must not change). */
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/u;

describe('personalValueKind on long values', () => {
  it('answers on a 200 kB cell of letters, of letters before an @, of @s and of digits', () => {
    const n = 200_000;
    expect(personalValueKind('x'.repeat(n))).toBeNull();
    expect(personalValueKind(`${'x'.repeat(n)}@y`)).toBeNull();
    expect(personalValueKind(`${'x'.repeat(n)}@example.org`)).toBe('email');
    expect(personalValueKind(`a@${'x'.repeat(n)}`)).toBeNull();
    expect(personalValueKind('a@'.repeat(n / 2))).toBeNull();
    expect(personalValueKind('1 '.repeat(n / 2))).toBeNull(); // more than 15 digits: not a phone
    expect(personalValueKind(`${'x'.repeat(n)} +7 701 234 56 78`)).toBe('phone');
  });

  it('finds an e-mail address exactly where the pattern does', () => {
    const alphabet = ['a', 'a', 'Я', '1', '.', '.', '-', '_', '@', '@', ' ', '%', '+', ',', '𠀀', 'é'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >>> 16; // the high bits: the low ones of this generator repeat soon
    };
    let emails = 0;
    for (let i = 0; i < 20_000; i++) {
      const len = 1 + (next() % 12);
      let v = '';
      for (let j = 0; j < len; j++) v += alphabet[next() % alphabet.length];
      const expected = EMAIL_PATTERN.test(v.normalize('NFKC').trim());
      if (expected) emails++;
      const kind = personalValueKind(v);
      if (expected) expect(kind, JSON.stringify(v)).toBe('email');
      else expect(kind, JSON.stringify(v)).not.toBe('email');
    }
    expect(emails).toBeGreaterThan(100);
  });
});
