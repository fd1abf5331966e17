/**
 * The content folder's checks, each with the exit code the CLI gives it: bad content stops the
 * build before anything is read or written (exit 2), a section in one language is a warning
 * (`--strict`: exit 1).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplates, type LoadedTemplate } from '../../src/compose/load-templates.js';
import { loadContent } from '../../src/content/load.js';
import { UsageError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PHOTO = join(ROOT, 'examples', 'content-b6', 'photos', 'aid-distribution.png');
const B6 = '06-direct-assistance';
let templates: LoadedTemplate[];

beforeAll(() => {
  templates = loadTemplates(new Set(loadRegistry().map((r) => r.id)));
});

/** A content folder with the given files (path → text, or `photo` for a copy of the example photo). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    if (text === 'photo') copyFileSync(PHOTO, join(dir, path));
    else writeFileSync(join(dir, path), text);
  }
  return dir;
}

function usageError(dir: string): UsageError {
  try {
    loadContent(dir, templates);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('loadContent', () => {
  it('reads text, slots and a photo in both languages, and lists every file with its sha256', () => {
    const dir = folder({
      [`${B6}/KGZ.en.md`]: 'In total {total|plural:migrant,migrants}.\n\n![Food parcels](../p.png "© IOM")\n',
      [`${B6}/KGZ.ru.md`]: 'Всего {total|plural:мигрант,мигранта,мигрантов}.\n\n![Продуктовые наборы](../p.png "© МОМ")\n',
      'p.png': 'photo',
    });
    const c = loadContent(dir, templates);
    expect(c.warnings).toEqual([]);
    expect(c.files.map((f) => f.path)).toEqual([`${B6}/KGZ.en.md`, `${B6}/KGZ.ru.md`, 'p.png']);
    expect(c.files[2]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const en = c.bulletins[B6]!.KGZ!.en!;
    expect(en.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'In total {total|plural:migrant,migrants}.' }] });
    expect(en.blocks[1]).toMatchObject({ kind: 'image', caption: 'Food parcels', credit: '© IOM', image: { format: 'png', width: 720, height: 420 } });
  });

  it('warns, naming the file, when a section has text in one language only', () => {
    const c = loadContent(folder({ [`${B6}/TJK.en.md`]: 'Only English.\n', [`${B6}/TJK.ru.md`]: '<!-- nothing yet -->\n' }), templates);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toContain(`${B6}/TJK.en.md`);
    expect(c.warnings[0]).toContain(`${B6}/TJK.ru.md`);
  });

  it('names the closest template id for an unknown one', () => {
    const e = usageError(folder({ '06-direct-asistance/KGZ.en.md': 'x' }));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('"06-direct-assistance"');
  });

  it('names the closest sections for an unknown one', () => {
    const e = usageError(folder({ [`${B6}/intor.en.md`]: 'x' }));
    expect(e.message).toContain('unknown section "intor"');
    expect(e.message).toContain('"intro"');
  });

  it('refuses an unknown language', () => {
    expect(usageError(folder({ [`${B6}/KGZ.de.md`]: 'x' })).message).toContain('unknown language "de"');
  });

  it('names the closest slots for an unknown one, with the line', () => {
    const e = usageError(folder({ [`${B6}/KGZ.en.md`]: 'First.\n\nIn total {totl} people.\n' }));
    expect(e.message).toContain(`${B6}/KGZ.en.md:3`);
    expect(e.message).toContain('unknown slot "{totl}"');
    expect(e.message).toContain('"total"');
  });

  it('checks the plural forms of a slot for the language', () => {
    expect(usageError(folder({ [`${B6}/KGZ.ru.md`]: '{total|plural:мигрант,мигрантов}' })).message).toContain('ru needs 3');
  });

  it('refuses raw HTML with file and line', () => {
    const e = usageError(folder({ [`${B6}/KGZ.en.md`]: 'Text.\n\n<script>alert(1)</script>\n' }));
    expect(e.message).toContain(`${B6}/KGZ.en.md:3: raw HTML`);
  });

  it('names a missing image', () => {
    const e = usageError(folder({ [`${B6}/KGZ.en.md`]: '![x](nowhere.jpg)' }));
    expect(e.message).toContain('image "nowhere.jpg" not found');
  });

  it('finds an image with a non-Latin name, and names a malformed one as missing', () => {
    const c = loadContent(folder({ [`${B6}/KGZ.en.md`]: '![x](фото.png)', [`${B6}/KGZ.ru.md`]: '![x](фото.png)', [`${B6}/фото.png`]: 'photo' }), templates);
    expect(c.files.map((f) => f.path)).toContain(`${B6}/фото.png`);
    expect(usageError(folder({ [`${B6}/KGZ.en.md`]: '![x](bad%E0.png)' })).message).toContain('not found');
  });

  it('refuses an image outside the folder or on the web', () => {
    expect(usageError(folder({ [`${B6}/KGZ.en.md`]: '![x](../../etc/passwd)' })).message).toContain('outside the content folder');
    expect(usageError(folder({ [`${B6}/KGZ.en.md`]: '![x](https://example.org/a.jpg)' })).message).toContain('not a web address');
  });

  it('refuses a damaged image, naming it', () => {
    const e = usageError(folder({ [`${B6}/KGZ.en.md`]: '![x](bad.jpg)', [`${B6}/bad.jpg`]: 'not really a JPEG' }));
    expect(e.message).toContain('image "bad.jpg" cannot be used: not a JPEG or PNG file');
  });

  it('refuses a 50 MB image without reading it', () => {
    const dir = folder({ [`${B6}/KGZ.en.md`]: '![x](big.jpg)', [`${B6}/big.jpg`]: '' });
    truncateSync(join(dir, B6, 'big.jpg'), 50 * 1024 * 1024);
    expect(usageError(dir).message).toContain('image "big.jpg" is 50.0 MB; images may be at most 10 MB');
  });

  it('checks content.json against its schema, and reads its logos', () => {
    expect(usageError(folder({ 'content.json': '{"citation": "only English"}' })).message).toContain('content.schema.json');
    expect(usageError(folder({ 'content.json': '{ nope' })).message).toContain('not valid JSON');
    const c = loadContent(folder({ 'content.json': JSON.stringify({ logos: { cover: [{ file: 'logo.png', alt: { en: 'IOM logo', ru: 'Логотип МОМ' } }] } }), 'logo.png': 'photo' }), templates);
    expect(c.meta.logos.cover[0]!.alt.ru).toBe('Логотип МОМ');
    expect(c.files.map((f) => f.path)).toEqual(['content.json', 'logo.png']);
  });
});

describe('bulletin build --content (errors)', () => {
  it.each([
    ['unknown section', 2, { [`${B6}/KGX.en.md`]: 'x' }, /unknown section "KGX"/],
    ['unknown slot', 2, { [`${B6}/KGZ.en.md`]: '{nope}' }, /unknown slot/],
    ['raw HTML', 2, { [`${B6}/KGZ.en.md`]: '<iframe src="x"></iframe>' }, /raw HTML/],
    ['broken image', 2, { [`${B6}/KGZ.en.md`]: '![x](p.png)', [`${B6}/p.png`]: '\x89PNG\r\n\x1a\n' }, /image "p.png" cannot be used/],
    ['one language with --strict', 1, { [`${B6}/KGZ.en.md`]: 'Only English.' }, /--strict: 1 content warning/],
  ])('%s: exit %i, and --out is never written', async (_what, code, files, message) => {
    const dir = folder(files as Record<string, string>);
    const out = join(dir, 'out');
    const r = await runCli(['build', '--bulletin', '6', '--lang', 'en', '--content', dir, '--out', out, '--strict', '--no-cache']);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
