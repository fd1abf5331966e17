// The bulletin list is the template folder: a seventh bulletin is a template and an indicator file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplates } from '../../src/compose/load-templates.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { TEMPLATE_DIR, bulletinNumbers, templateFiles } from '../../src/schema/bulletins.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-seventh-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bulletins', () => {
  it('are the template files, numbered as each template says', () => {
    const numbers = templateFiles().map((f) => (JSON.parse(readFileSync(join(TEMPLATE_DIR, f.name), 'utf8')) as { number: number }).number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(bulletinNumbers()).toEqual(numbers);
    expect(parseBuildOptions({ bulletin: 'all' }, ROOT).bulletins).toEqual(numbers);
    expect(() => parseBuildOptions({ bulletin: String(Math.max(...numbers) + 1) }, ROOT)).toThrow(/--bulletin/);
  });

  it('take a seventh from a template and an indicator file, and nothing else', () => {
    const dir = join(work, 'templates');
    cpSync(TEMPLATE_DIR, dir, { recursive: true });
    const seventh = readFileSync(join(dir, '06-direct-assistance.json'), 'utf8')
      .replaceAll('"06-direct-assistance"', '"07-more-assistance"')
      .replace('"number": 6', '"number": 7')
      .replaceAll('"b6.', '"b7.');
    writeFileSync(join(dir, '07-more-assistance.json'), seventh);
    const b7 = readFileSync(join(dir, 'indicators', 'b6.json'), 'utf8').replace('"bulletin": 6', '"bulletin": 7').replaceAll('"b6.', '"b7.');
    writeFileSync(join(dir, 'indicators', 'b7.json'), b7);

    expect(bulletinNumbers(dir)).toEqual([...bulletinNumbers(), 7]);
    const registry = loadRegistry(pathToFileURL(join(dir, 'indicators/')));
    expect(registry.filter((i) => i.bulletin === 7).length).toBe(registry.filter((i) => i.bulletin === 6).length);
    const templates = loadTemplates(new Set(registry.map((i) => i.id)), dir);
    expect(templates.map((t) => t.template.number)).toEqual(bulletinNumbers(dir));
  });
});
