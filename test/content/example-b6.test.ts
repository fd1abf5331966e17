/**
 * The example content folder (examples/content-b6: the published bulletin 6's own paragraphs in
 * English and Russian, a photo, content.json) built into bulletin 6: the analyst's text is in both
 * PDFs, read back with pdfjs; the partner table uses the Russian names; the manifest lists the
 * content files; a second build gives the same bytes. And `bulletin init DIR` builds as is.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.js';
import { build, type BuildSummary } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { MARGIN, PAGE } from '../../src/render/theme.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'content-b6');
const B6 = '06-direct-assistance';
const out = join(mkdtempSync(join(tmpdir(), 'bulletin-example-')), 'out');
let summary: BuildSummary;
const text: Record<string, string> = {};

async function pdfText(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  let s = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    // The running header and footer are left out: a paragraph that breaks across pages reads on.
    for (const it of content.items) {
      if (!('str' in it)) continue;
      const y = (it.transform as number[])[5] ?? 0;
      if (y < MARGIN.bottom || y > PAGE.height - MARGIN.top) continue;
      s += it.str + (it.hasEOL ? ' ' : '');
    }
    s += ' ';
  }
  await doc.destroy();
  return s.replace(/\s+/g, ' ');
}

/** The example's paragraphs of a file, as plain text with the slot-free ones only (slots print numbers). */
function paragraphs(file: string): string[] {
  return parseMarkdown(readFileSync(join(EXAMPLE, B6, file), 'utf8'))
    .filter((b) => b.kind === 'paragraph')
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
    .filter((t) => !t.includes('{'));
}

beforeAll(async () => {
  const opts = parseBuildOptions({ bulletin: '6', content: EXAMPLE, out, cache: false }, ROOT);
  summary = await build(opts, ROOT);
  for (const lang of ['en', 'ru']) text[lang] = await pdfText(join(out, lang, `${B6}.pdf`));
}, 600_000);

describe('bulletin 6 with the example content', () => {
  it.each(['KGZ', 'TJK', 'KAZ', 'RUS'])('prints the analyst\'s paragraphs of %s in English and Russian', (country) => {
    for (const lang of ['en', 'ru']) {
      const ps = paragraphs(`${country}.${lang}.md`);
      expect(ps.length).toBeGreaterThan(0);
      for (const p of ps) expect(text[lang]).toContain(p);
    }
  });

  it('fills the slots with the section\'s numbers, as the narrative prints them', () => {
    expect(text.en).toContain('Of the 295 people assisted in Kyrgyzstan:');
    expect(text.ru).toContain('Из 295 человек, получивших помощь в Кыргызстане, получили:');
  });

  it('prints the photo\'s caption and credit, the citation, the contact and the partners\' Russian names', () => {
    // the caption, then the credit on its own line below
    expect(text.en).toContain('Distribution of food parcels, Kyrgyzstan (illustration) Illustration made for this example');
    expect(text.ru).toContain('Раздача продуктовых наборов, Кыргызстан (иллюстрация) Иллюстрация подготовлена для этого примера');
    expect(text.en).toContain('Suggested citation: IOM (2021). Bulletin 6: Direct Assistance.');
    expect(text.ru).toContain('Рекомендуемая ссылка: МОМ (2021).');
    expect(text.ru).toContain('Российский Красный Крест');
    expect(text.ru).toContain('НПО-партнёр, Баткен');
    expect(text.en).toContain('NGO partner Batken');
  });

  it('lists every content file with its sha256 in the manifest', () => {
    const files = summary.manifest.content!.map((f) => f.path);
    expect(files).toContain('content.json');
    expect(files).toContain(`${B6}/KGZ.ru.md`);
    expect(files).toContain('photos/aid-distribution.png');
    expect(summary.manifest.options.content).toBeDefined();
    const photo = summary.manifest.content!.find((f) => f.path === 'photos/aid-distribution.png')!;
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same PDF bytes when built again', async () => {
    const again = await build(parseBuildOptions({ bulletin: '6', lang: 'ru', content: EXAMPLE, out: `${out}-again`, cache: false }, ROOT), ROOT);
    const sha = (s: BuildSummary) => s.manifest.outputs.find((o) => o.path === `ru/${B6}.pdf`)!.sha256;
    expect(sha(again)).toBe(sha(summary));
  }, 600_000);
});

describe('bulletin init DIR && bulletin build --content DIR', () => {
  it('builds as is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-init-build-'));
    expect((await runCli(['init', join(dir, 'c'), '--bulletin', '6'])).code).toBe(0);
    const r = await runCli(['build', '--bulletin', '6', '--lang', 'en', '--content', join(dir, 'c'), '--out', join(dir, 'out'), '--strict', '--no-cache']);
    expect(r.stderr).toContain('built 1 PDF');
    expect(r.code).toBe(0);
  }, 600_000);
});
