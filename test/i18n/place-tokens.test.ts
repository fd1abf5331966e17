/** A place token in fixed text is the name in force at the data's date. */
import { describe, expect, it } from 'vitest';
import { fillPlaceTokens } from '../../src/i18n/place-tokens.js';
import { backMatter } from '../../src/compose/back-matter.js';

describe('place tokens', () => {
  it('names Kazakhstan\'s capital as it was called at the date of the data', () => {
    expect(fillPlaceTokens('IOM {KZ-AST}', 'en', '2021-05-31')).toBe('IOM Nur-Sultan');
    expect(fillPlaceTokens('МОМ {KZ-AST}', 'ru', '2021-05-31')).toBe('МОМ Нур-Султан');
    expect(fillPlaceTokens('IOM {KZ-AST}', 'en', '2023-01-31')).toBe('IOM Astana');
    expect(fillPlaceTokens('IOM {KZ-AST}', 'en', '2018-12-31')).toBe('IOM Astana');
    expect(fillPlaceTokens('{XX-999} stays', 'en')).toBe('{XX-999} stays');
  });

  it('the publisher block follows the data', () => {
    const city = (asOf: string) => JSON.stringify(backMatter('en', [], undefined, asOf).find((b) => b.type === 'publisher'));
    expect(city('2021-05-31')).toContain('010000, Nur-Sultan');
    expect(city('2023-01-31')).toContain('010000, Astana');
    expect(city('2023-01-31')).not.toContain('Nur-Sultan');
  });
});
