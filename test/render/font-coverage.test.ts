/**
 * The subset fonts of assets/fonts (scripts/subset-fonts.mjs) must draw everything a bulletin can
 * print, in every face, and measure it exactly as the full Noto Sans they were cut from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { placesOf } from '../../src/schema/places.js';
import { ABOUT, FUNDING_LINE, ORGANISATION, SERIES } from '../../src/i18n/boilerplate.js';
import { NOUNS, STRINGS } from '../../src/i18n/strings.js';
import { FONT_FILE_NAMES } from '../../src/charts/fonts.js';
import { FONT_KEYS, loadNotoSans, type FontKey } from '../../src/render/fonts.js';
import { countryLabel, iso3Codes } from '../../src/schema/countries.js';

const require = createRequire(import.meta.url);
const ORIGINAL: Record<FontKey, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  semibold: '600SemiBold/NotoSans_600SemiBold.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every string inside a JSON-like value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** TypeScript source without its comments (the strings and code are kept). */
const withoutComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'RUS'];

/** What a bulletin prints: templates, published strings, place and country names. */
const printed: string[] = [
  ...files('templates').flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')))),
  ...strings([STRINGS, NOUNS, SERIES, ORGANISATION, FUNDING_LINE, ABOUT]),
  ...files('src/i18n').map((f) => withoutComments(readFileSync(f, 'utf8'))),
  withoutComments(readFileSync('src/geo/map-spec.ts', 'utf8')),
  ...COUNTRIES.flatMap((c) => placesOf(c).flatMap((p) => [p.name.en, p.name.ru])),
  ...iso3Codes().flatMap((c) => [countryLabel(c).en, countryLabel(c).ru]),
];
/** Text of the command line's messages too: not printed in a bulletin, but nothing may be lost. */
const messages = files('src/messages').map((f) => withoutComments(readFileSync(f, 'utf8')));

const codePoints = (texts: string[]) => [...new Set(texts.join('').replace(/[\n\r\t]/g, ''))].map((c) => c.codePointAt(0)!);

const fonts = loadNotoSans();
const subset = Object.fromEntries(FONT_KEYS.map((k) => [k, fontkit.create(fonts[k])])) as Record<FontKey, fontkit.Font>;
const full = Object.fromEntries(
  FONT_KEYS.map((k) => [k, fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${ORIGINAL[k]}`)))]),
) as Record<FontKey, fontkit.Font>;

describe('subset fonts (assets/fonts)', () => {
  it('are the files named for each face', () => {
    for (const k of FONT_KEYS) expect(subset[k].postscriptName).toBe(FONT_FILE_NAMES[k].replace('.ttf', ''));
  });

  it.each(FONT_KEYS)('%s has a glyph for every character a bulletin prints', (k) => {
    const cps = codePoints(printed);
    expect(cps.length).toBeGreaterThan(120); // Latin, Cyrillic and punctuation at least
    const missing = cps.filter((cp) => !subset[k].hasGlyphForCodePoint(cp)).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`);
    expect(missing).toEqual([]);
  });

  it.each(FONT_KEYS)('%s keeps every character of the messages that the full font has', (k) => {
    const lost = codePoints([...printed, ...messages]).filter((cp) => full[k].hasGlyphForCodePoint(cp) && !subset[k].hasGlyphForCodePoint(cp));
    expect(lost).toEqual([]);
  });

  it.each(FONT_KEYS)('%s measures text exactly as the full font (advances and kerning)', (k) => {
    const sample = [...strings([STRINGS, NOUNS, SERIES, ABOUT]), ...COUNTRIES.flatMap((c) => placesOf(c).map((p) => p.name.ru)), 'AVATAR Tj Ty «№ 5» 1 234,5 ₸ ₽ € Oʻzbekiston ﬁ'];
    for (const s of sample) {
      const a = full[k].layout(s);
      const b = subset[k].layout(s);
      expect(b.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset]), s).toEqual(a.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset]));
    }
  });

  it('keep the family name, so that SVG, resvg and pdfkit find every weight as "Noto Sans"', () => {
    for (const k of FONT_KEYS) {
      const f = subset[k] as fontkit.Font & { getName(key: string): string | null };
      expect(f.getName('preferredFamily') ?? f.familyName).toBe('Noto Sans');
    }
  });
});
