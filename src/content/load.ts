/**
 * Reads and checks a content folder (`bulletin build --content DIR`) once, before anything is
 * built or written:
 *
 *   DIR/content.json                      zod (schemas/content.schema.json), logos read and checked
 *   DIR/<template-id>/<section>.<lang>.md  Markdown → blocks (markdown.ts); section = ISO3 | intro | regional
 *   images referenced                      in the folder, readable, ≤ MAX_IMAGE_MB, JPEG/PNG (image-file.ts)
 *
 * An unknown template id, section, language or slot, raw HTML, a missing, unreadable, damaged or
 * too large image, or a bad content.json is a UsageError (exit 2) naming the file and the closest
 * valid names. A section with text in one language only is a warning naming the file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { closest } from '../text/closest.js';
import type { LoadedTemplate } from '../schema/template.js';
import { UsageError } from '../errors.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { PLURAL_FORM_COUNT } from '../i18n/plural.js';
import { msg } from '../messages/index.js';
import { NarrativeSyntaxError, parseSlotText } from '../narrative/parse.js';
import { CONTEXT_SLOTS } from '../narrative/slot-value.js';
import type { ImageData } from '../render/model.js';
import { contentSchema, type ContentConfig } from '../schema/content.js';
import { checkJson } from '../schema/data-file.js';
import { isIso3, SECTION_ORDER } from '../schema/countries.js';
import { inspectImage, MAX_IMAGE_MB } from './image-file.js';
import { MarkdownHtmlError, parseMarkdown, type ParsedBlock } from './markdown.js';
import type { BulletinContent, ContentFile, ContentMeta, EditorialBlock, LoadedContent, Run } from './types.js';

const SPECIAL_SECTIONS = ['intro', 'regional'] as const;

/** Section names offered when one is misspelt. */
const SUGGESTED_SECTIONS = [...SPECIAL_SECTIONS, ...SECTION_ORDER];

export function loadContent(dir: string, templates: readonly LoadedTemplate[], shown: string = dir): LoadedContent {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UsageError('content.missing', msg.content.dirMissing(shown));
  }
  const files = new Map<string, ContentFile>();
  const read = (rel: string, what: string): Buffer => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, rel));
    } catch (e) {
      throw new UsageError('content.unreadable', msg.content.unreadable(what, (e as Error).message));
    }
    files.set(rel, { path: rel, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    return bytes;
  };
  const image = (from: string, src: string, alt: string): ImageData => readImage(dir, from, src, alt, read);

  const meta = readMeta(dir, read, image);
  const byId = new Map(templates.map((t) => [t.template.id, t]));
  const bulletins: Record<string, BulletinContent> = {};
  const warnings: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory()) {
      if (entry.name.endsWith('.md')) throw new UsageError('content.layout', msg.content.strayMarkdown(entry.name, [...byId.keys()]));
      continue;
    }
    const t = byId.get(entry.name);
    if (!t) {
      // A folder of images is fine; a folder holding Markdown must be named after a template.
      if (!hasMarkdown(join(dir, entry.name))) continue;
      throw new UsageError('content.template', msg.content.unknownTemplate(shown, entry.name, closest(entry.name, byId.keys())), { value: entry.name });
    }
    const slots = new Set<string>([...Object.keys(t.template.slots), ...CONTEXT_SLOTS]);
    const sections: BulletinContent = {};
    for (const name of readdirSync(join(dir, entry.name)).sort()) {
      if (!name.endsWith('.md')) continue;
      const rel = `${entry.name}/${name}`;
      const { section, lang } = sectionOf(rel, name);
      const parsed = parseFile(rel, read(rel, rel).toString('utf8'));
      const blocks = parsed.map((b) => toBlock(b, rel, lang, slots, image));
      (sections[section] ??= {})[lang] = { file: rel, blocks };
    }
    for (const [section, byLang] of Object.entries(sections)) {
      for (const lang of LANGS) {
        const other: Lang = lang === 'en' ? 'ru' : 'en';
        const has = byLang[lang];
        if (has && has.blocks.length > 0 && !(byLang[other]?.blocks.length ?? 0)) {
          warnings.push(msg.content.oneLanguage(has.file, byLang[other]?.file ?? `${entry.name}/${section}.${other}.md`));
        }
      }
    }
    bulletins[entry.name] = sections;
  }
  return { dir, meta, bulletins, files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), warnings };
}

function hasMarkdown(dir: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((n) => n.endsWith('.md'));
}

function sectionOf(rel: string, name: string): { section: string; lang: Lang } {
  const parts = name.split('.');
  if (parts.length !== 3) throw new UsageError('content.name', msg.content.badName(rel));
  const [section, lang] = parts as [string, string];
  if (lang !== 'en' && lang !== 'ru') throw new UsageError('content.name', msg.content.unknownLang(rel, lang));
  const isSpecial = (SPECIAL_SECTIONS as readonly string[]).includes(section);
  if (!isSpecial && !(/^[A-Z]{3}$/.test(section) && isIso3(section))) {
    throw new UsageError('content.section', msg.content.unknownSection(rel, section, closest(section, SUGGESTED_SECTIONS)), { file: rel, value: section });
  }
  return { section, lang };
}

function parseFile(rel: string, text: string): ParsedBlock[] {
  try {
    return parseMarkdown(text);
  } catch (e) {
    if (e instanceof MarkdownHtmlError) throw new UsageError('content.html', msg.content.rawHtml(rel, e.line, e.html), { file: rel, line: e.line });
    throw e;
  }
}

function toBlock(b: ParsedBlock, rel: string, lang: Lang, slots: ReadonlySet<string>, image: (from: string, src: string, alt: string) => ImageData): EditorialBlock {
  const check = (runs: Run[]) => {
    for (const r of runs) checkSlots(r.text, rel, b.line, lang, slots);
    return runs;
  };
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
      return { kind: b.kind, runs: check(b.runs) };
    case 'list':
      return { kind: 'list', ordered: b.ordered, items: b.items.map(check) };
    case 'image':
      if (/^[a-z][a-z0-9+.-]*:/i.test(b.src)) throw new UsageError('content.image', msg.content.imageRemote(rel, b.line, b.src), { file: rel });
      for (const t of [b.caption, b.credit]) checkSlots(t, rel, b.line, lang, new Set());
      return { kind: 'image', image: image(rel, b.src, b.caption || b.credit || b.src), caption: b.caption, credit: b.credit };
  }
}

function checkSlots(text: string, rel: string, line: number, lang: Lang, slots: ReadonlySet<string>): void {
  let tokens;
  try {
    tokens = parseSlotText(text);
  } catch (e) {
    if (e instanceof NarrativeSyntaxError) throw new UsageError('content.slot', msg.content.slotSyntax(rel, line, e.message), { file: rel, line });
    throw e;
  }
  for (const t of tokens) {
    if (t.type !== 'slot') continue;
    if (!slots.has(t.name)) throw new UsageError('content.slot', msg.content.unknownSlot(rel, line, t.name, closest(t.name, slots)), { file: rel, line, value: t.name });
    if ((t.filter === 'plural' || t.filter === 'noun') && t.args.length !== PLURAL_FORM_COUNT[lang]) {
      throw new UsageError('content.slot', msg.content.pluralForms(rel, line, t.name, lang, PLURAL_FORM_COUNT[lang], t.args.length));
    }
  }
}

/** Reads an image referenced from `from` (a file relative to the folder), checked. */
function readImage(dir: string, from: string, src: string, alt: string, read: (rel: string, what: string) => Buffer): ImageData {
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  let path = src;
  try {
    // markdown-it percent-encodes the address (фото.jpg → %D1%84…): the file has the decoded name.
    path = decodeURI(src);
  } catch {
    // A malformed escape: look for the name as written.
  }
  const abs = resolve(dir, base, path);
  const rel = relative(dir, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError('content.image', msg.content.imageOutside(from, src), { file: from, value: src });
  let size: number;
  try {
    const st = statSync(abs);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new UsageError('content.image', msg.content.imageMissing(from, src), { file: from, value: src });
  }
  if (size > MAX_IMAGE_MB * 1024 * 1024) {
    throw new UsageError('content.image', msg.content.imageTooLarge(from, src, (size / 1024 / 1024).toFixed(1), MAX_IMAGE_MB), { file: from, value: src });
  }
  const relPath = rel.split(sep).join('/');
  const bytes = read(relPath, `${from}: image "${src}"`);
  const info = inspectImage(bytes);
  if ('problem' in info) throw new UsageError('content.image', msg.content.imageBroken(from, src, info.problem), { file: from, value: src });
  return { data: bytes.toString('base64'), format: info.format, width: info.width, height: info.height, alt };
}

function readMeta(dir: string, read: (rel: string, what: string) => Buffer, image: (from: string, src: string, alt: string) => ImageData): ContentMeta {
  try {
    statSync(join(dir, 'content.json'));
  } catch {
    return { logos: { cover: [], back: [] }, partners: [] };
  }
  const parsed = checkJson(read('content.json', 'content.json').toString('utf8'), contentSchema);
  if (!parsed.ok) {
    throw new UsageError(
      'content.json',
      parsed.stage === 'json' ? msg.content.jsonInvalid('content.json', parsed.reason) : msg.content.jsonSchema('content.json', parsed.problems),
    );
  }
  const config: ContentConfig = parsed.data;
  const given = (t: { en: string; ru: string } | undefined) => (t && (t.en !== '' || t.ru !== '') ? t : undefined);
  const logos = (list: ContentConfig['logos']['cover']) => list.map((l) => ({ image: image('content.json', l.file, l.alt.en), alt: l.alt }));
  const meta: ContentMeta = { logos: { cover: logos(config.logos.cover), back: logos(config.logos.back) }, partners: config.partners };
  if (config.publisher) meta.publisher = config.publisher;
  const funded = given(config.fundedBy);
  if (funded) meta.fundedBy = funded;
  const citation = given(config.citation);
  if (citation) meta.citation = citation;
  const contact = given(config.contact);
  if (contact) meta.contact = contact;
  return meta;
}
