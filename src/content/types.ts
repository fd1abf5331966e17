/**
 * The analyst's content as read from a content folder (content/load.ts), checked and ready to
 * compose: Markdown turned into neutral blocks whose text may still hold slots (`{total}`),
 * filled per section when the bulletin is composed (compose/editorial.ts). Plain JSON: it travels
 * to the render threads with the ComposeInput.
 */
import type { Lang } from '../i18n/lang.js';
import type { ImageData } from '../render/model.js';
import type { ContentText } from '../schema/content.js';

/** A span of text in one style; `{slot}`s are filled when composing. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The address of a link (http:, https: or mailto:) the run belongs to. */
  link?: string;
}

export type EditorialBlock =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'image'; image: ImageData; caption: string; credit: string };

/** `intro`, `regional`, or a country's ISO3 code. */
type SectionName = string;

export interface SectionText {
  /** The file, relative to the content folder: `06-direct-assistance/KGZ.en.md`. */
  file: string;
  blocks: EditorialBlock[];
}

/** The content of one bulletin: per section, per language. */
export type BulletinContent = Record<SectionName, Partial<Record<Lang, SectionText>>>;

/** A logo of content.json, read: the image (its `alt` in English) and its text in both languages. */
interface Logo {
  image: ImageData;
  alt: ContentText;
}

/** content.json, with its logos read. */
export interface ContentMeta {
  logos: { cover: Logo[]; back: Logo[] };
  publisher?: { title?: ContentText; groups: ContentText[][]; rights?: ContentText };
  fundedBy?: ContentText;
  citation?: ContentText;
  contact?: ContentText;
  partners: ContentText[];
}

/** What one bulletin's composition gets from the content folder. */
export interface ComposeContent {
  meta: ContentMeta;
  sections: BulletinContent;
}

export interface ContentFile {
  /** Relative to the content folder, `/`-separated. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface LoadedContent {
  /** Absolute path of the folder. */
  dir: string;
  meta: ContentMeta;
  /** Template id → its sections. */
  bulletins: Record<string, BulletinContent>;
  /** Every file read, sorted by path (for manifest.json). */
  files: ContentFile[];
  /** Warnings (a section in one language only), each naming the file. */
  warnings: string[];
}
