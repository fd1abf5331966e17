/** One concept, one word: no declared label or template text uses a synonym the terms table avoids. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TERMS } from '../../src/i18n/terms.js';

const files = [
  ...readdirSync('templates').filter((f) => f.endsWith('.json')).map((f) => join('templates', f)),
  ...readdirSync('templates/indicators').filter((f) => f.endsWith('.json')).map((f) => join('templates/indicators', f)),
  'src/schema/codes.ts',
  'src/schema/variables.ts',
  'src/i18n/strings.ts',
  'src/i18n/boilerplate.ts',
];

describe('terms', () => {
  it('no template, code label or string uses an avoided synonym', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const t of TERMS) for (const w of [...t.avoid.en, ...t.avoid.ru]) {
        const m = new RegExp(`(?<![\\p{L}])${w}\\p{L}*`, 'iu').exec(text);
        if (m) found.push(`${f}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
