import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplates } from '../../src/compose/load-templates.js';
import { loadContent } from '../../src/content/load.js';
import { contentSchema } from '../../src/schema/content.js';
import { runCli } from '../helpers/run-cli.js';
import { msg } from '../../src/messages/index.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'bulletin-init-'));

describe('bulletin init', () => {
  it('writes one file per section and language with the slots listed, and a content.json with every key', async () => {
    const dir = join(tmp(), 'c');
    const r = await runCli(['init', dir, '--bulletin', '6']);
    expect(r.code).toBe(0);
    const b6 = join(dir, '06-direct-assistance');
    for (const s of ['intro', 'KGZ', 'TJK', 'KAZ', 'RUS', 'UZB', 'TKM', 'regional']) {
      for (const l of ['en', 'ru']) expect(existsSync(join(b6, `${s}.${l}.md`))).toBe(true);
    }
    expect(existsSync(join(dir, '01-socio-demographic-profile'))).toBe(false);
    const kgz = readFileSync(join(b6, 'KGZ.ru.md'), 'utf8');
    for (const slot of ['{total}', '{male}', '{avr_countries}', '{country_in}']) expect(kgz).toContain(slot);
    expect(kgz).toContain('мигрант,мигранта,мигрантов');
    const json = JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(Object.keys(contentSchema.shape).filter((k) => k !== '$schema').sort());
    // Ready as is: it loads without a warning and prints nothing of its own.
    const templates = loadTemplates(new Set(loadRegistry().map((x) => x.id)));
    const c = loadContent(dir, templates);
    expect(c.warnings).toEqual([]);
    expect(Object.values(c.bulletins['06-direct-assistance']!).flatMap((s) => Object.values(s).flatMap((t) => t.blocks))).toEqual([]);
  });

  it('runs again over its own files, and refuses to overwrite a file it did not write', async () => {
    const dir = tmp();
    expect((await runCli(['init', dir, '--bulletin', '3'])).code).toBe(0);
    expect((await runCli(['init', dir, '--bulletin', '3'])).code).toBe(0);
    const edited = join(dir, '03-remittances', 'KGZ.en.md');
    writeFileSync(edited, 'The analyst\'s own words.\n');
    const r = await runCli(['init', dir, '--bulletin', '3,6']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('03-remittances/KGZ.en.md');
    expect(readFileSync(edited, 'utf8')).toBe('The analyst\'s own words.\n');
    // Nothing of bulletin 6 was written either.
    expect(existsSync(join(dir, '06-direct-assistance'))).toBe(false);
  });

  it('says a file given as the folder is a file (not "97 files already exist"), and leaves it as it was', async () => {
    const file = join(tmp(), 'notes.txt');
    writeFileSync(file, 'mine\n');
    const r = await runCli(['init', file, '--bulletin', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.content.initNotFolder(file));
    expect(r.stderr).not.toContain('already exist');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('refuses a bad --bulletin', async () => {
    expect((await runCli(['init', tmp(), '--bulletin', '9'])).code).toBe(2);
  });
});
