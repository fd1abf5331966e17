/**
 * The document model: the contract between the build pipeline (which composes a bulletin from
 * templates and results) and the renderer (which lays it out and writes the PDF).
 *
 *   DocModel ──layoutDocument(model, measurer)──▶ PageLayout (pure, JSON) ──renderPdf──▶ PDF bytes
 *
 * Rules for whoever builds a DocModel:
 * - Every string is final, in the language of `lang`: numbers, dates, country names, captions
 *   ("Figure 3: …" / "Рисунок 3: …"), bases ("n = 230"), source lines. The renderer translates
 *   nothing and formats nothing.
 * - The model is plain JSON (no Dates, Buffers, functions, undefined-in-arrays); figures carry their
 *   SVG as a string (and, from a build, their recorded drawing, plain JSON too).
 *   `JSON.parse(JSON.stringify(model))` renders the same PDF.
 * - Nothing depends on the clock: `creationDate` comes from the data (e.g. the last collection date).
 * - Layout decisions (page breaks, keeping a heading with what follows, never splitting a figure,
 *   repeating table headers) are the renderer's; the model only asks for a new page where the
 *   document structure needs one (`heading.newPage`, `pageBreak`).
 */

import type { FigureDrawing } from '../charts/drawing.js';

export type Lang = 'en' | 'ru';

/** A span of inline text. Adjacent spans are joined as written (put spaces inside the text). */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A web or mail address (http:, https:, mailto:): the run is a link to it in the PDF. */
  link?: string;
}

/** Inline text: a plain string, or runs with bold/italic spans. */
export type RichText = string | TextRun[];

export interface Cover {
  /** Series title: "Mitigating Socio-Economic Effects of the COVID-19 Pandemic on Migrants and …". */
  series: string;
  /** The bulletin number (its template's NN). */
  bulletinNumber: number;
  /** Localised label with the number: "Bulletin 6" / "Бюллетень 6". */
  bulletinLabel: string;
  /** "Direct Assistance" / "Прямая помощь". */
  bulletinTitle: string;
  /** Period covered, formatted: "October 2020 – April 2021". */
  period: string;
  /** Country names in section order, localised. */
  countries: string[];
  /** The language of this edition, in that language: "English" / "Русский". */
  languageLabel: string;
  /** The date line, from the data: "Data as of 30 April 2021" / "Данные на 30 апреля 2021 г.". */
  dateLine: string;
  /** Captions for the cover facts: {period: "Period covered", countries: "Countries covered", language: "Language"}. */
  labels: { period: string; countries: string; language: string };
  /** Organisation name shown on the cover band: "International Organization for Migration (IOM)". */
  organisation: string;
  /** Optional small print at the foot of the cover (e.g. "Funded by the Swiss Agency for …"). */
  footnote?: string;
  /** Logos set in a row at the foot of the cover, right-aligned (given by the user: the tool ships none). */
  logos?: Logo[];
}

/**
 * A raster image given by the user (a photo or a logo, from the content folder): the PNG or JPEG
 * file as it was read (base64: the model stays plain JSON), its pixel size and its alternative text.
 */
export interface ImageData {
  format: 'png' | 'jpeg';
  data: string;
  /** Size in pixels, for the aspect ratio (and the 96 dpi limit). */
  width: number;
  height: number;
  alt: string;
}

/** A logo: an image whose alternative text is the name it stands for. */
export type Logo = ImageData;

export interface Footer {
  /** Left-hand footer text, e.g. "© 2021 International Organization for Migration (IOM)". */
  left: string;
  /** Page number template with `{n}` and `{total}`: "Page {n} of {total}" / "Страница {n} из {total}". */
  pageLabel: string;
}

export interface DocModel {
  lang: Lang;
  /** PDF Title (shown in the viewer's title bar): "Bulletin 6: Direct Assistance". */
  title: string;
  /** PDF Subject: usually the series title. */
  subject: string;
  /** PDF Author: "International Organization for Migration (IOM)". */
  author: string;
  /** PDF Keywords, joined with ", ". */
  keywords?: string[];
  /** 'YYYY-MM-DD', from the data; becomes CreationDate and ModDate at 00:00 UTC. */
  creationDate: string;
  cover: Cover;
  /** Running header on every page but the cover: "Bulletin 6 · Direct Assistance". */
  header: string;
  footer: Footer;
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// Blocks, in reading order. Every block has a `type`; the layout places them top to bottom.

export interface HeadingBlock {
  type: 'heading';
  /** 1: section (a country, "About the project"), 2: subsection, 3: minor heading. */
  level: 1 | 2 | 3;
  text: string;
  /** Start a new page before this heading. */
  newPage?: boolean;
  /**
   * Start a new page unless at least this share (0–1) of the text block is still free below the
   * heading's top (country sections: a section opens on the lower part of a page only when a good
   * part of it fits there). Ignored with `newPage`.
   */
  keepSpace?: number;
  /** Listed in the table of contents (a `toc` block); default: true for level 1. */
  toc?: boolean;
  /** Add to the PDF outline (bookmarks). Default: true for levels 1 and 2, false for 3. */
  bookmark?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: RichText;
  /** 'body' (default, 10 pt), 'lead' (11 pt, for the opening narrative), 'small' (8 pt grey). */
  style?: 'body' | 'lead' | 'small';
}

interface BulletsBlock {
  type: 'bullets';
  items: RichText[];
  /** Numbered (1., 2., …) instead of bulleted. */
  ordered?: boolean;
}

/** A light blue tinted box (the methodology box): a title, then paragraphs, then key/value rows. */
export interface BoxBlock {
  type: 'box';
  title?: string;
  paragraphs?: RichText[];
  /**
   * Two-column rows, e.g. {key: "Kyrgyzstan", value: "295 records, 12 Oct 2020 – 30 Apr 2021"};
   * tagged as a table whose keys are row headers.
   */
  rows?: Array<{ key: string; value: string }>;
}

export interface FigureBlock {
  type: 'figure';
  /** Figure id, as in the manifest and the tables/ folder: "b6-kgz-sex". */
  id: string;
  /** The figure number (for reference; the caption already contains it). */
  number: number;
  /** Caption with the number, localised: "Figure 3: Share of migrants who received …". Drawn above, bold. */
  caption: string;
  /** Standalone SVG document (vector; text in it is drawn with Noto Sans whatever font-family says). */
  svg: string;
  /**
   * What the chart draws (charts/drawing.ts), recorded from the same Vega scene as the SVG: the PDF
   * draws the figure from it. Without one (a figure made by hand), the PDF draws the SVG.
   */
  drawing?: FigureDrawing | undefined;
  /**
   * The size of the figure's smallest text at its natural size (points), null when it has none: set
   * by the chart stage from the drawing (charts/drawing.ts, smallestTextSize), so that the layout
   * does not look for it in every pass. Absent: read from the drawing, or from the SVG of a figure
   * made by hand (render/chart-text.ts).
   */
  textSize?: number | null | undefined;
  /** The SVG's natural size in SVG user units (treated as points). Scaled down to fit the text width. */
  width: number;
  height: number;
  /** Source line, drawn below in small grey type: "Source: DTM survey, round R1". */
  source: string;
  /** Notes, drawn below the source in small grey type (non-response, multiple answers, map disclaimer, "<5"). */
  notes: string[];
  /** Base, drawn with the source: "n = 230". */
  base?: string;
  /**
   * Alternative text for the tagged PDF: what the figure shows, with its numbers ("Bar chart, people
   * assisted by type of assistance: food 261 (88 %), …"); defaults to the caption.
   */
  alt?: string;
  /**
   * 'half': two consecutive half figures share a row, side by side (e.g. a sex donut beside an age
   * pyramid); each is scaled to half the text width (render such charts about 230 pt wide).
   * A half figure without a half neighbour is laid out alone. Default 'full'.
   */
  size?: 'full' | 'half';
}

interface TableColumn {
  header: string;
  align: 'left' | 'right' | 'center';
  /** Relative width (weights are normalised to the text width); default 1. */
  width?: number;
}

export interface TableBlock {
  type: 'table';
  /** "Table 1: Partners and provinces" — drawn above, bold, like a figure caption. */
  caption?: string;
  columns: TableColumn[];
  /** Cells as final strings; each row has `columns.length` cells. */
  rows: string[][];
  /** Source line below the table (small grey type). */
  source?: string;
  notes?: string[];
  /**
   * Added to the caption repeated above the header row when the table breaks across pages:
   * "(continued)" / "(продолжение)". Without it the caption is repeated as is.
   */
  continued?: string;
  /** The first column holds row headers (tagged TH with scope Row). */
  rowHeaders?: boolean;
  /**
   * 'half': a narrow table set in one column of the two-column grid, beside a half figure (or
   * another half table), never split; like a half figure, one alone is laid out at full width.
   * Default 'full'.
   */
  size?: 'full' | 'half';
}

/**
 * The key-figures strip that opens a country section: three or four large numbers, each with a
 * short label ("295" / "people assisted"). Values are final strings (suppressed ones read "<5").
 */
export interface KeyFiguresBlock {
  type: 'keyFigures';
  items: Array<{ value: string; label: string }>;
}

/**
 * The table of contents: one line per heading listed in it (`HeadingBlock.toc`), each with its
 * page number, the line a link to the heading. The entries are filled by the layout.
 */
export interface TocBlock {
  type: 'toc';
  /** "Contents" / "Содержание". */
  title: string;
}

/**
 * A raster image (a photo) placed in the flow at the text width or less, with its caption and
 * credit below it. `data` is the PNG or JPEG file, base64.
 */
export interface ImageBlock {
  type: 'image';
  format: 'png' | 'jpeg';
  data: string;
  /** Pixel size of the image (for its aspect ratio). */
  width: number;
  height: number;
  /** Caption below the image (also the alternative text when `alt` is absent). */
  caption?: string;
  /** Credit in small type: "© 2021 IOM / Photographer". */
  credit?: string;
  alt?: string;
}

/** The list of the bulletins with the current one marked. */
export interface BulletinListBlock {
  type: 'bulletinList';
  /** Optional lead-in: "The bulletins are ordered as follows:". */
  intro?: string;
  /** Items as displayed: {number: 1, title: "Bulletin 1 - Socio-Demographic Profile of Migrants"}. */
  items: Array<{ number: number; title: string }>;
  /** Number of the bulletin in hand (drawn bold with a blue marker). */
  current: number;
  /** Optional marker text after the current item: "(this bulletin)" / "(данный бюллетень)". */
  currentLabel?: string;
}

export interface GlossaryBlock {
  type: 'glossary';
  /** Term in bold, then the definition: "Migrant: at the international level, …". */
  entries: Array<{ term: string; definition: string }>;
  /** Closing note in italic (e.g. "*The definitions are used in conformity with …"). */
  note?: string;
  /** Source line in small grey type. */
  source?: string;
}

export interface DisclaimerBlock {
  type: 'disclaimer';
  /** Paragraphs in small type, separated by a blue rule from what precedes. */
  paragraphs: string[];
}

export interface PublisherBlock {
  type: 'publisher';
  /** "Publisher:" / "Издатель:". */
  title: string;
  /** Address groups, each a list of lines (one group per office). */
  groups: string[][];
  /** Copyright/rights line(s) at the end, small type. */
  rights?: string[];
  /** Logos in a row above the title (the back cover's logos). */
  logos?: Logo[];
}

interface PageBreakBlock {
  type: 'pageBreak';
}

interface SpacerBlock {
  type: 'spacer';
  /** Vertical space in points. */
  height: number;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | BulletsBlock
  | BoxBlock
  | FigureBlock
  | TableBlock
  | BulletinListBlock
  | GlossaryBlock
  | DisclaimerBlock
  | PublisherBlock
  | PageBreakBlock
  | SpacerBlock
  | KeyFiguresBlock
  | TocBlock
  | ImageBlock;
