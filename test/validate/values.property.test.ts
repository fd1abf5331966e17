// Numbers and dates as real exports write them parse back to the value written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/validate/date.js';
import { parseNumber } from '../../src/validate/number.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('parseNumber', () => {
  it('reads numbers formatted by Russian, English, German and French locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom('ru-RU', 'en-US', 'de-DE', 'fr-FR'), fc.boolean(), (cents, locale, grouping) => {
        const n = cents / 100;
        const text = n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: grouping });
        expect(parseNumber(text.replace('\u2212', '-'))).toBeCloseTo(n, 9);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseDate', () => {
  const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)));
  it('reads every accepted format of a possible date', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('iso', 'dot', 'slash', 'kobo', 'kobo-space'), (d, form) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-');
        const text = { iso, dot: `${dd}.${m}.${y}`, slash: `${dd}/${m}/${y}`, kobo: `${iso}T09:31:00.000+06:00`, 'kobo-space': `${iso} 00:00:00.000000` }[form];
        expect(parseDate(text)).toBe(iso);
      }),
      { numRuns: RUNS },
    );
  });
  it('refuses the day after the last of every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const mm = String(m).padStart(2, '0');
        expect(parseDate(`${y}-${mm}-${last}`)).toBe(`${y}-${mm}-${last}`);
        expect(parseDate(`${y}-${mm}-${last + 1}`)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
